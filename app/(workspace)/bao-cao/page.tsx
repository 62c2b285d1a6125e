import type { Metadata } from "next";
import { getMessages, getTranslations } from "next-intl/server";
import Link from "next/link";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { CommitteePeriodPicker } from "@/components/reporting/committee-period-picker";
import { CreateReportForm } from "@/components/reports/report-forms";
import { ReportStatusBadge, reportNumberText } from "@/components/reports/report-status";
import { createReportAction } from "@/lib/actions/reports";
import { requireViewer } from "@/lib/auth/viewer";
import { dashboardCommitteeChoices } from "@/lib/data/dashboard";
import { reportsOfPeriod } from "@/lib/data/reports";
import { ClientMessages, getFormat } from "@/lib/i18n/server";
import { formatPeriodCode, periodLabelValues } from "@/lib/periods";
import { REPORTS_PATH } from "@/lib/records/paths";
import { reportingParams } from "@/lib/validation/search-params";

// Reports follow the records live until submitted: never cached.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("reports") };
}

export default async function ReportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const params = reportingParams.parse(await searchParams);
  const [page, choices, m, format, tPeriods] = await Promise.all([reportsOfPeriod(viewer, params), dashboardCommitteeChoices(viewer), getMessages(), getFormat(), getTranslations("periods")]);
  const r = m.reports;
  const ky = formatPeriodCode(page.code);
  const periodName = page.phase ? `${page.phase.campaignName}: ${page.phase.name}` : page.code.kind === "PHASE" ? ky : tPeriods("label", periodLabelValues(page.code.kind, page.code.year, page.code.sequence));
  return (
    <WorkspacePage title={m.nav.reports} lead={`${page.committee.name} · ${periodName}`}>
      <div className="mb-6 flex flex-col gap-4 print:hidden">
        <CommitteePeriodPicker path={REPORTS_PATH} committee={page.committee} choices={choices} code={page.code} ky={ky} />
      </div>
      <p className="mb-4 text-sm text-ink-700">{r.lead}</p>

      <section aria-labelledby="own-report" className="mb-8 rounded-lg border border-ink-200 bg-white p-4 shadow-sm sm:p-5">
        <h2 id="own-report" className="mb-3 text-lg font-semibold text-ink-900">
          {r.own}
        </h2>
        {page.own ? (
          <div className="flex flex-wrap items-center gap-3">
            <ReportStatusBadge status={page.own.status} m={m} />
            <span className="text-sm text-ink-700">{reportNumberText(m, page.own)}</span>
            <Link href={`${REPORTS_PATH}/${page.own.id}`} className="font-medium text-brand-700 underline">
              {r.open}
            </Link>
          </div>
        ) : (
          <div className="flex flex-col gap-3">
            <p className="text-sm text-ink-700">{r.none}</p>
            {page.canCreate ? (
              <ClientMessages paths={["reports.create"]}>
                <CreateReportForm action={createReportAction} committeeId={page.committee.id} ky={ky} />
              </ClientMessages>
            ) : null}
          </div>
        )}
      </section>

      <section aria-labelledby="child-reports">
        <h2 id="child-reports" className="mb-3 text-lg font-semibold text-ink-900">
          {r.children}
        </h2>
        {page.children.length === 0 ? (
          <p className="text-sm text-ink-700">{m.dashboard.noChildren}</p>
        ) : (
          <ul className="divide-y divide-ink-100 rounded-lg border border-ink-200 bg-white">
            {page.children.map((child) => (
              <li key={child.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                <span className="min-w-0 font-medium text-ink-900">{child.name}</span>
                {child.report ? (
                  <span className="flex flex-wrap items-center gap-2 text-sm">
                    <ReportStatusBadge status={child.report.status} m={m} />
                    {child.report.submittedAt ? <span className="text-ink-600">{format.date(child.report.submittedAt)}</span> : null}
                    <Link href={`${REPORTS_PATH}/${child.report.id}`} className="text-brand-700 underline">
                      {r.open}
                    </Link>
                  </span>
                ) : (
                  <span className="text-sm text-ink-600">{r.notStarted}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </WorkspacePage>
  );
}
