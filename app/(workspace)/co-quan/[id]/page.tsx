import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { requireViewer } from "@/lib/auth/viewer";
import { CommitteeHistoryView } from "@/components/committee/committee-history";
import { Badge } from "@/components/ui/badge";
import { getCommitteeHistory } from "@/lib/data/committee-history";
import { orNotFound } from "@/lib/data/not-found";
import { formatDate } from "@/lib/format";
import { committeeNoticeParams, type TreeChangeNotice } from "@/lib/validation/committee-tree";
import { loadCommitteeProfile } from "./load-profile";

/** The notice after each change of the tree (`?xong=`). */
const DONE = {
  tao: "created",
  "sua-ten": "corrected",
  "doi-ten": "renamed",
  chuyen: "moved",
  "ket-thuc": "ended",
  "hop-nhat": "merged",
  "chia-tach": "split",
} as const satisfies Record<TreeChangeNotice, string>;

/** The admin's changes of the tree from this committee: each its own page, with an effective date. */
async function TreeChanges({ id, ended }: { id: string; ended: boolean }) {
  const t = await getTranslations("committeeAdmin");
  const links: [string, string][] = ended
    ? [["doi-ten", t("rename")]]
    : [
        ["doi-ten", t("rename")],
        ["chuyen", t("move")],
        ["hop-nhat", t("merge")],
        ["chia-tach", t("split")],
        ["ket-thuc", t("end")],
      ];
  return (
    <section aria-labelledby="tree-changes-title" className="mt-6 rounded-lg border border-ink-200 bg-white p-4 shadow-sm">
      <h2 id="tree-changes-title" className="mb-3 text-sm font-semibold text-ink-700">
        {t("manage")}
      </h2>
      <div className="flex flex-wrap gap-2">
        {links.map(([path, label]) => (
          <ButtonLink key={path} href={`/co-quan/${id}/${path}`} variant="secondary" size="sm">
            {label}
          </ButtonLink>
        ))}
      </div>
    </section>
  );
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const load = loadCommitteeProfile;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load((await params).id)).name };
}

export default async function CommitteePage({ params, searchParams }: Props) {
  const [{ id }, { saved, xong }] = await Promise.all([params, searchParams.then((raw) => committeeNoticeParams.parse(raw))]);
  const [profile, t, email, tree] = await Promise.all([load(id), getTranslations("committee"), getTranslations("auth").then((a) => a("email")), getTranslations("committeeAdmin")]);
  const history = await orNotFound(getCommitteeHistory(await requireViewer(), profile.id));
  const parent = history.parents.find((link) => link.validTo === null) ?? history.parents[0];
  const rows: [string, string | null][] = [
    [t("fields.shortName"), profile.shortName],
    [t("fields.level"), t(`levels.${profile.level}`)],
    [t("fields.parent"), parent?.name ?? null],
    [t("fields.address"), profile.address],
    [t("fields.phone"), profile.phone],
    [email, profile.email],
    [t("fields.headName"), profile.headName],
    [t("fields.headTitle"), profile.headTitle],
    [t("fields.validity"), profile.validTo ? `${formatDate(profile.validFrom)} – ${formatDate(profile.validTo)}` : t("since", { date: formatDate(profile.validFrom) })],
  ];

  return (
    <WorkspacePage
      title={profile.name}
      lead={
        <>
          {profile.locality}
          {profile.validTo ? (
            <Badge tone="warning" className="ml-2">
              {t("history.ended")}
            </Badge>
          ) : null}
        </>
      }
      actions={profile.canEdit ? <ButtonLink href={`/co-quan/${profile.id}/sua`}>{t("edit")}</ButtonLink> : null}
    >
      {saved || xong ? (
        <Alert tone="success" className="mb-4">
          {xong ? tree(`done.${DONE[xong]}`) : t("saved")}
        </Alert>
      ) : null}
      <dl className="divide-y divide-ink-100 rounded-lg border border-ink-200 bg-white shadow-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="grid gap-1 px-4 py-3 sm:grid-cols-3 sm:gap-4">
            <dt className="text-sm font-medium text-ink-600">{label}</dt>
            <dd className="text-sm text-ink-900 sm:col-span-2">{value ?? <span className="text-ink-400">{t("empty")}</span>}</dd>
          </div>
        ))}
      </dl>
      {profile.canRename ? <TreeChanges id={profile.id} ended={profile.validTo !== null} /> : null}
      <CommitteeHistoryView history={history} />
    </WorkspacePage>
  );
}
