import type { Messages } from "next-intl";
import { createTranslator } from "next-intl";
import { reviewedPeriodText } from "@/components/conferences/conference-choices";
import type { ConferenceRow, ConferenceTotals } from "@/lib/data/conference-list";
import type { TableExport } from "@/lib/export/table-export";
import type { Locale } from "@/lib/i18n/config";
import { CONFERENCE_KINDS } from "@/lib/validation/conference";
import { timeText } from "@/lib/validation/record";

/** The conferences download; the totals rows (from SQL) count the conferences, their attendance, and each kind. */
export function conferenceListExport(m: Messages, locale: Locale, data: { totals: ConferenceTotals; batches: AsyncIterable<ConferenceRow[]> }): TableExport<ConferenceRow> {
  const c = m.conferences;
  const f = c.fields;
  const t = createTranslator({ locale, messages: m });
  const periodLabels = {
    period: (values: Parameters<typeof t<"periods.label">>[1]) => t("periods.label", values),
    phase: (campaign: string, phase: string) => t("conferences.phaseName", { campaign, phase }),
  };
  return {
    title: c.table,
    columns: [
      { header: f.heldOn, type: "date", value: (row) => row.heldOn, width: 12 },
      { header: f.startTime, type: "text", value: (row) => (row.startTime ? timeText(row.startTime) : null), width: 10 },
      { header: f.kind, type: "text", value: (row) => c.kinds[row.kind], width: 14 },
      { header: f.title, type: "text", value: (row) => row.title, width: 60 },
      { header: f.host, type: "text", value: (row) => row.committeeName, width: 40 },
      { header: f.coHosts, type: "text", value: (row) => (row.coHosts.length > 0 ? row.coHosts.join("; ") : null), width: 40 },
      { header: f.place, type: "text", value: (row) => row.place, width: 30 },
      { header: f.chairName, type: "text", value: (row) => row.chairName, width: 24 },
      { header: f.chairTitle, type: "text", value: (row) => row.chairTitle, width: 36 },
      { header: f.attendance, type: "integer", value: (row) => row.attendance, width: 12 },
      { header: f.reviewedPeriod, type: "text", value: (row) => (row.period ? reviewedPeriodText(row.period, periodLabels) : null), width: 24 },
      { header: m.records.kinds.agreement, type: "text", value: (row) => row.agreementTitle, width: 40 },
      { header: m.records.kinds.campaign, type: "text", value: (row) => row.campaignName, width: 30 },
    ],
    batches: data.batches,
    moneyFormat: m.list.excelMoneyFormat,
    totals: [
      [m.list.totals, data.totals.conferences],
      [f.attendance, data.totals.attendance],
      ...CONFERENCE_KINDS.map((kind) => [c.kinds[kind], data.totals[kind]] as [string, bigint]),
    ],
  };
}
