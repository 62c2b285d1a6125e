import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { FiguresSkeleton } from "@/components/layout/page-skeletons";
import { WorkspacePage } from "@/components/layout/workspace-page";
import type { Viewer } from "@/lib/auth/policy";
import { requireViewer } from "@/lib/auth/viewer";
import { getCommitteeName } from "@/lib/data/committees";
import { getWorkspaceOverview } from "@/lib/data/overview";
import { getFormat } from "@/lib/i18n/server";
import { dashboardParams } from "@/lib/validation/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("nav.dashboard") };
}

function Figure({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="rounded-lg border border-ink-200 bg-white p-4 shadow-sm">
      <dt className="text-sm text-ink-600">{label}</dt>
      <dd className="mt-1 text-2xl font-bold text-ink-900 tabular-nums">{value}</dd>
      {detail ? <dd className="mt-1 text-sm text-ink-600 tabular-nums">{detail}</dd> : null}
    </div>
  );
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const { nam: year } = dashboardParams.parse(await searchParams);
  const t = await getTranslations("dashboard");

  return (
    <WorkspacePage
      title={t("greeting", { name: viewer.name })}
      actions={
        <nav aria-label={t("yearLabel")} className="flex gap-1 text-sm">
          {[year - 1, year, year + 1].map((y) => (
            <Link key={y} href={`/bang-dieu-khien?nam=${y}`} aria-current={y === year ? "page" : undefined} className="rounded-md px-2.5 py-1 text-ink-700 hover:bg-ink-100 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white">
              {y}
            </Link>
          ))}
        </nav>
      }
    >
      {/* The figures are the slow part: the frame and the year picker show at once. */}
      <Suspense key={year} fallback={<FiguresSkeleton />}>
        <DashboardFigures viewer={viewer} year={year} />
      </Suspense>
      <p className="mt-6 text-sm text-ink-600">{t("note")}</p>
    </WorkspacePage>
  );
}

async function DashboardFigures({ viewer, year }: { viewer: Viewer; year: number }) {
  const [t, tKinds, format, overview, committeeName] = await Promise.all([getTranslations("dashboard"), getTranslations("records.kinds"), getFormat(), getWorkspaceOverview(viewer, year), getCommitteeName(viewer)]);
  const inYear = (count: number) => t("inYear", { count, year: String(year) });
  return (
    <>
      <p className="-mt-4 mb-6 text-sm text-ink-600">
        {committeeName ? t("scope", { committee: committeeName, count: overview.committees }) : t("scopeAll")}
      </p>
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Figure label={tKinds("conference")} value={format.number(overview.conferences.total)} detail={inYear(overview.conferences.year)} />
        <Figure label={tKinds("activity")} value={format.number(overview.activities.total)} detail={inYear(overview.activities.year)} />
        <Figure label={t("houses")} value={format.number(overview.houses.total)} detail={inYear(overview.houses.year)} />
        <Figure label={t("houseValue")} value={format.vnd(overview.houses.totalValueVnd)} detail={t("valueInYear", { value: format.vnd(overview.houses.yearValueVnd), year: String(year) })} />
      </dl>
      {viewer.role === "EDITOR" ? (
        <p className="mt-6 text-sm text-ink-700">{t("draftArticles", { count: overview.draftArticles })}</p>
      ) : null}
    </>
  );
}
