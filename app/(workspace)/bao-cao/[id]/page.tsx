import type { Metadata } from "next";
import type { Messages } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { RecordHistory } from "@/components/records/record-history";
import { ApproveReportForm, ReportForm, ReturnReportForm, type ReportFormFigure } from "@/components/reports/report-forms";
import { ReportStatusBadge, reportNumberText } from "@/components/reports/report-status";
import { Alert } from "@/components/ui/alert";
import { approveReportAction, returnReportAction, saveReportAction } from "@/lib/actions/reports";
import { requireViewer } from "@/lib/auth/viewer";
import { isMoneySource } from "@/lib/dashboard/links";
import { orNotFound } from "@/lib/data/not-found";
import { recordHistory } from "@/lib/data/records/history";
import { getReport, type ReportFigure, type ReportView } from "@/lib/data/reports";
import type { PortalFormat } from "@/lib/i18n/portal-format";
import { ClientMessages, getFormat } from "@/lib/i18n/server";
import { formatPeriodCode, periodLabelValues } from "@/lib/periods";
import { REPORT_SECTIONS } from "@/lib/validation/report";
import { reportNoticeParams } from "@/lib/validation/search-params";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("reports") };
}

const FORM_MESSAGES = ["reports", "agreements.fields.number", "common.required", "common.submitting"] as const;

function amount(format: PortalFormat, figure: ReportFigure, value: string | null): string {
  if (value === null) return "–";
  return isMoneySource(figure.source) ? format.vnd(BigInt(value.split(".")[0] ?? "0")) : format.number(Number(value));
}

function figureTexts(m: Messages, format: PortalFormat, figure: ReportFigure): ReportFormFigure {
  const parts = [
    `${m.agreements.progress.delivered}: ${amount(format, figure, figure.delivered)}`,
    figure.planned === null ? m.dashboard.noTarget : `${m.nav.targets}: ${amount(format, figure, figure.planned)}`,
    ...(figure.percent === null ? [] : [`${m.dashboard.columns.percent}: ${format.number(figure.percent)}%`]),
    ...(figure.status ? [m.dashboard.statuses[figure.status]] : []),
  ];
  return { indicatorId: figure.indicatorId, name: figure.name, summary: parts.join(" · "), below: figure.status === "below", explanation: figure.explanation };
}

export default async function ReportPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ id }, notice] = await Promise.all([params, searchParams.then((raw) => reportNoticeParams.parse(raw))]);
  const viewer = await requireViewer();
  const report = await orNotFound(getReport(viewer, id));
  const [m, format, tPeriods, history] = await Promise.all([getMessages(), getFormat(), getTranslations("periods"), recordHistory("report", report.id)]);
  const r = m.reports;
  const code = report.periodCode;
  const periodName = code.kind === "PHASE" ? formatPeriodCode(code) : tPeriods("label", periodLabelValues(code.kind, code.year, code.sequence));
  const figures = report.figures.map((figure) => figureTexts(m, format, figure));
  const noticeText = notice.submitted ? r.notices.submitted : notice.approved ? r.notices.approved : notice.returned ? r.notices.returned : notice.reopened ? r.notices.reopened : notice.saved ? r.notices.saved : null;
  return (
    <WorkspacePage title={r.title.replace("{period}", periodName)} lead={report.committeeName}>
      {noticeText ? (
        <Alert tone="success" className="mb-4">
          {noticeText}
        </Alert>
      ) : null}
      <div className="mb-4 flex flex-wrap items-center gap-3 text-sm text-ink-700">
        <ReportStatusBadge status={report.status} m={m} />
        <span>{reportNumberText(m, report)}</span>
        <span>
          {format.date(report.startsOn)} – {format.date(report.endsOn)}
        </span>
      </div>
      {report.status === "RETURNED" && report.returnReason ? (
        <Alert tone="warning" className="mb-4">
          {r.returnedBecause.replace("{reason}", report.returnReason)}
        </Alert>
      ) : null}
      {report.submittedAt && report.status !== "RETURNED" ? <p className="mb-1 text-sm text-ink-700">{r.submittedBy.replace("{at}", format.dateTime(report.submittedAt)).replace("{name}", report.submittedBy ?? m.audit.anonymous)}</p> : null}
      {report.approvedAt ? <p className="mb-4 text-sm text-ink-700">{r.approvedBy.replace("{at}", format.dateTime(report.approvedAt)).replace("{name}", report.approvedBy ?? m.audit.anonymous)}</p> : null}

      <div className="flex flex-col gap-6">
        {report.canEdit ? (
          <div className="rounded-lg border border-ink-200 bg-white p-4 shadow-sm sm:p-6">
            <ClientMessages paths={FORM_MESSAGES}>
              <ReportForm action={saveReportAction.bind(null, report.id)} report={report} figures={figures} />
            </ClientMessages>
          </div>
        ) : (
          <ReadOnlyReport report={report} figures={figures} m={m} />
        )}

        {report.canApprove && (report.status === "SUBMITTED" || report.status === "APPROVED") ? (
          <ClientMessages paths={FORM_MESSAGES}>
            <div className="grid gap-4 md:grid-cols-2 print:hidden">
              {report.status === "SUBMITTED" ? (
                <section aria-label={r.approve} className="rounded-lg border border-ink-200 bg-white p-4 shadow-sm">
                  <ApproveReportForm action={approveReportAction.bind(null, report.id)} version={report.version} />
                </section>
              ) : null}
              <section aria-labelledby="return-report" className="rounded-lg border border-ink-200 bg-white p-4 shadow-sm">
                <h2 id="return-report" className="mb-3 font-semibold text-ink-900">
                  {report.status === "APPROVED" ? r.reopenTitle : r.returnTitle}
                </h2>
                <ReturnReportForm action={returnReportAction.bind(null, report.id)} version={report.version} reopen={report.status === "APPROVED"} />
              </section>
            </div>
          </ClientMessages>
        ) : null}

        <div className="print:hidden">
          <RecordHistory changes={history} labels={{ documentNumber: m.agreements.fields.number, documentSymbol: r.fields.documentSymbol, status: m.admin.fields.status, reason: r.fields.reason }} fields={{ choices: { status: r.statuses } }} />
        </div>
      </div>
    </WorkspacePage>
  );
}

function ReadOnlyReport({ report, figures, m }: { report: ReportView; figures: ReportFormFigure[]; m: Messages }) {
  const r = m.reports;
  return (
    <article className="flex flex-col gap-6 rounded-lg border border-ink-200 bg-white p-4 shadow-sm sm:p-6">
      <section aria-labelledby="report-figures">
        <h2 id="report-figures" className="mb-1 text-lg font-semibold text-ink-900">
          {r.figures}
        </h2>
        <p className="mb-3 text-sm text-ink-600">{report.frozen ? r.frozenNote : r.liveNote}</p>
        <ul className="flex flex-col gap-3">
          {figures.map((figure) => (
            <li key={figure.indicatorId} className="break-inside-avoid rounded-md border border-ink-200 p-3" data-indicator-row={figure.name}>
              <p className="font-medium text-ink-900">{figure.name}</p>
              <p className="text-sm text-ink-700 tabular-nums">{figure.summary}</p>
              {figure.explanation ? (
                <p className="mt-1 text-sm text-ink-800">
                  <span className="font-medium">{r.fields.explanation}: </span>
                  {figure.explanation}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      {REPORT_SECTIONS.map((section) =>
        report[section] ? (
          <section key={section} aria-labelledby={`section-${section}`}>
            <h2 id={`section-${section}`} className="mb-2 text-lg font-semibold text-ink-900">
              {r.fields[section]}
            </h2>
            <p className="whitespace-pre-line text-ink-800">{report[section]}</p>
          </section>
        ) : null,
      )}
    </article>
  );
}
