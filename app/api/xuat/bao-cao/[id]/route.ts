import { getMessages, getTranslations } from "next-intl/server";
import { getViewer, mustChangePassword } from "@/lib/auth/viewer";
import { figureValueText } from "@/lib/dashboard/links";
import { NotFoundError } from "@/lib/data/errors";
import { getReport, reportDocumentFacts } from "@/lib/data/reports";
import { contentDisposition } from "@/lib/export/content-disposition";
import { reportDocx } from "@/lib/export/report-docx";
import { getFormat } from "@/lib/i18n/server";
import { formatPeriodCode, periodLabelValues } from "@/lib/periods";
import { vietnamDateOf } from "@/lib/time/vietnam";
import { REPORT_SECTIONS } from "@/lib/validation/report";

const ROMAN = ["I", "II", "III", "IV", "V", "VI"];
const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? "");

/** A period report as a Word file in the layout of a Party document, after the report's read check. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const viewer = await getViewer();
  if (!viewer || (await mustChangePassword())) return new Response(null, { status: 401, headers: { "Cache-Control": "no-store" } });
  const { id } = await params;
  let report;
  try {
    report = await getReport(viewer, id);
  } catch (error) {
    if (error instanceof NotFoundError) return new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });
    throw error;
  }
  const [m, format, tPeriods, facts] = await Promise.all([getMessages(), getFormat(), getTranslations("periods"), reportDocumentFacts(report)]);
  const r = m.reports;
  const d = r.document;
  const code = report.periodCode;
  const periodName = code.kind === "PHASE" ? formatPeriodCode(code) : tPeriods("label", periodLabelValues(code.kind, code.year, code.sequence));
  const sections = REPORT_SECTIONS.filter((section) => report[section].trim() !== "");
  const file = await reportDocx({
    committeeName: report.committeeName,
    locality: facts.locality,
    headName: facts.headName,
    numberLine: report.documentNumber === null ? d.numberBlank : fill(r.number, { number: String(report.documentNumber).padStart(2, "0"), symbol: report.documentSymbol }),
    date: vietnamDateOf(report.approvedAt ?? report.submittedAt ?? new Date()),
    subject: fill(d.subject, { period: periodName.charAt(0).toLocaleLowerCase("vi") + periodName.slice(1) }),
    figures: report.figures.map((figure) => ({
      name: figure.name,
      unit: figure.unit,
      planned: figureValueText(format, figure.source, figure.planned),
      delivered: figureValueText(format, figure.source, figure.delivered),
      percent: figure.percent === null ? "–" : `${format.number(figure.percent)}%`,
      explanation: figure.explanation ?? "",
    })),
    sections: sections.map((section, index) => ({ heading: `${ROMAN[index]}. ${r.fields[section].toLocaleUpperCase("vi")}`, text: report[section] })),
    recipients: [...(facts.parentName ? [fill(d.toReport, { name: facts.parentName })] : []), d.archive],
    labels: {
      partyName: d.partyName,
      type: d.type,
      dateLine: (values) => fill(d.dateLine, values),
      figuresHeading: r.figures,
      columns: { indicator: m.activities.fields.indicator, unit: m.activities.fields.unit, planned: m.nav.targets, delivered: m.agreements.progress.delivered, percent: m.dashboard.columns.percent, explanation: r.fields.explanation },
      recipientsTitle: d.recipients,
      signature: d.signature,
    },
  });
  return new Response(new Uint8Array(file), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Content-Disposition": contentDisposition(`${fill(r.title, { period: periodName })}.docx`),
      "Cache-Control": "private, no-store",
    },
  });
}
