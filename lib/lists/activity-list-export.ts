import type { Messages } from "next-intl";
import type { ActivityRow, ActivityTotals } from "@/lib/data/activity-list";
import type { TableExport } from "@/lib/export/table-export";

/**
 * The activities download. The totals row (from SQL) counts the activities
 * and sums their value and beneficiaries; quantities are summed only when
 * one indicator is filtered (`unit` given), since units differ.
 */
export function activityListExport(
  m: Messages,
  data: { totals: ActivityTotals; batches: AsyncIterable<ActivityRow[]> },
  oneIndicator: boolean,
  countText: string,
): TableExport<ActivityRow> {
  const f = m.activities.fields;
  const k = m.records.kinds;
  const quantity = oneIndicator ? hundredthsText(data.totals.quantityHundredths) : null;
  return {
    title: m.activities.table,
    columns: [
      { header: f.occurredOn, type: "date", value: (row) => row.occurredOn, width: 12 },
      { header: f.title, type: "text", value: (row) => row.title, width: 48 },
      { header: f.indicator, type: "text", value: (row) => row.indicatorName, width: 32 },
      { header: f.unit, type: "text", value: (row) => row.indicatorUnit, width: 10 },
      { header: f.quantity, type: "decimal", value: (row) => row.quantity, width: 12 },
      { header: f.value, type: "money", value: (row) => row.valueVnd, width: 18 },
      { header: f.beneficiaries, type: "integer", value: (row) => row.beneficiaries, width: 14 },
      { header: f.place, type: "text", value: (row) => row.place, width: 28 },
      { header: f.committee, type: "text", value: (row) => row.committeeName, width: 40 },
      { header: f.partners, type: "text", value: (row) => row.partners, width: 36 },
      { header: f.coOrganisers, type: "text", value: (row) => row.coOrganisers, width: 36 },
      { header: k.campaign, type: "text", value: (row) => row.campaignName, width: 30 },
      { header: k.agreement, type: "text", value: (row) => row.agreementTitle, width: 30 },
      { header: k.conference, type: "text", value: (row) => row.conferenceTitle, width: 30 },
      { header: f.description, type: "text", value: (row) => row.description, width: 60 },
    ],
    batches: data.batches,
    moneyFormat: m.list.excelMoneyFormat,
    totals: [[m.list.totals, countText, null, null, quantity, data.totals.valueVnd, data.totals.beneficiaries]],
  };
}

/** 12345n hundredths → "123.45" (exact decimal text). */
export function hundredthsText(hundredths: bigint): string {
  const negative = hundredths < 0n;
  const abs = negative ? -hundredths : hundredths;
  const fraction = (abs % 100n).toString().padStart(2, "0").replace(/0+$/, "");
  return `${negative ? "-" : ""}${abs / 100n}${fraction ? `.${fraction}` : ""}`;
}
