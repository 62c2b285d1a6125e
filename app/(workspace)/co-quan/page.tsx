import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CommitteeTree } from "@/components/committee/committee-tree";
import { ImportedNotice } from "@/components/imports/imported-notice";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { buttonClasses, ButtonLink } from "@/components/ui/button";
import { can } from "@/lib/auth/policy";
import { requireViewer } from "@/lib/auth/viewer";
import { getCommitteeTree } from "@/lib/data/committee-history";
import { formatDate, toIsoDate } from "@/lib/format";
import { COMMITTEE_IMPORT_PATH } from "@/lib/records/import-paths";
import { committeeTreeParams } from "@/lib/validation/search-params";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("committees") };
}

export default async function CommitteeTreePage({ searchParams }: Props) {
  const raw = await searchParams;
  const { ngay } = committeeTreeParams.parse(raw);
  const viewer = await requireViewer();
  const [tree, t, nav, picker, tAdmin, audit] = await Promise.all([
    getCommitteeTree(viewer, ngay),
    getTranslations("committee.tree"),
    getTranslations("nav"),
    getTranslations("periodPicker"),
    getTranslations("committeeAdmin"),
    getTranslations("audit.actions"),
  ]);
  const date = formatDate(ngay);
  const shortcuts: [string, string][] = [
    ["/co-quan", t("today")],
    ["/co-quan?ngay=2025-06-30", t("beforeReorganisation")],
    ["/co-quan?ngay=2025-07-01", t("afterReorganisation")],
  ];

  return (
    <WorkspacePage
      title={nav("committees")}
      lead={t("lead", { date })}
      actions={
        can(viewer, "create", { type: "committeeTree", committeeId: null }) ? (
          <>
            <ButtonLink href="/co-quan/moi">{tAdmin("create")}</ButtonLink>
            <ButtonLink href={COMMITTEE_IMPORT_PATH} variant="secondary">
              {audit("import")}
            </ButtonLink>
          </>
        ) : null
      }
    >
      <ImportedNotice kind="committee" batchId={raw.nhap} text={(values) => tAdmin("imported", values)} />
      <form method="get" action="/co-quan" className="mb-4 flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-1 text-sm font-medium text-ink-700">
          {t("dateLabel")}
          <input type="date" name="ngay" defaultValue={toIsoDate(ngay)} className="rounded-md border border-ink-300 px-3 py-2 text-ink-900" />
        </label>
        <button type="submit" className={buttonClasses({ variant: "secondary" })}>
          {picker("show")}
        </button>
      </form>
      <p className="mb-4 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {shortcuts.map(([href, label]) => (
          <a key={href} href={href} className="text-brand-700 underline underline-offset-2">
            {label}
          </a>
        ))}
      </p>
      <section className="rounded-lg border border-ink-200 bg-white p-4 shadow-sm">
        {tree.length > 0 ? (
          <CommitteeTree nodes={tree} label={t("listLabel", { date })} childCount={(count) => t("children", { count })} />
        ) : (
          <p className="text-sm text-ink-600">{t("empty")}</p>
        )}
      </section>
    </WorkspacePage>
  );
}
