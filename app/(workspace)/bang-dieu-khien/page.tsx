import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { z } from "zod";
import { FiguresSkeleton } from "@/components/layout/page-skeletons";
import { WorkspacePage } from "@/components/layout/workspace-page";
import type { Viewer } from "@/lib/auth/policy";
import { requireViewer } from "@/lib/auth/viewer";
import { getCommitteeName } from "@/lib/data/committees";
import { getWorkspaceOverview } from "@/lib/data/overview";
import { formatNumber, formatVnd } from "@/lib/format";
import { interpolate } from "@/lib/i18n/interpolate";
import { getMessages, type Messages } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).nav.dashboard };
}

const currentYear = () => new Date().getFullYear();
const searchSchema = z.object({ nam: z.coerce.number().int().min(2000).max(2100).catch(currentYear).default(currentYear) });

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
  const { nam: year } = searchSchema.parse(await searchParams);
  const m = await getMessages();
  const d = m.dashboard;

  return (
    <WorkspacePage
      title={interpolate(d.greeting, { name: viewer.name })}
      actions={
        <nav aria-label={d.yearLabel} className="flex gap-1 text-sm">
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
        <DashboardFigures viewer={viewer} year={year} m={m} />
      </Suspense>
      <p className="mt-6 text-sm text-ink-600">{d.note}</p>
    </WorkspacePage>
  );
}

async function DashboardFigures({ viewer, year, m }: { viewer: Viewer; year: number; m: Messages }) {
  const [overview, committeeName] = await Promise.all([getWorkspaceOverview(viewer, year), getCommitteeName(viewer)]);
  const d = m.dashboard;
  const inYear = (n: number) => interpolate(d.inYear, { count: formatNumber(n), year });
  return (
    <>
      <p className="-mt-4 mb-6 text-sm text-ink-600">
        {committeeName ? interpolate(d.scope, { committee: committeeName, count: formatNumber(overview.committees) }) : d.scopeAll}
      </p>
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Figure label={d.conferences} value={formatNumber(overview.conferences.total)} detail={inYear(overview.conferences.year)} />
        <Figure label={d.activities} value={formatNumber(overview.activities.total)} detail={inYear(overview.activities.year)} />
        <Figure label={d.houses} value={formatNumber(overview.houses.total)} detail={inYear(overview.houses.year)} />
        <Figure label={d.houseValue} value={formatVnd(overview.houses.totalValueVnd)} detail={interpolate(d.valueInYear, { value: formatVnd(overview.houses.yearValueVnd), year })} />
      </dl>
      {viewer.role === "EDITOR" ? (
        <p className="mt-6 text-sm text-ink-700">{interpolate(d.draftArticles, { count: formatNumber(overview.draftArticles) })}</p>
      ) : null}
    </>
  );
}
