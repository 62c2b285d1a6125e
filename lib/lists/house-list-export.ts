import type { Messages } from "next-intl";
import type { HouseListRow, HouseTotals } from "@/lib/data/house-list";
import type { ExportColumn, TableExport } from "@/lib/export/table-export";

/**
 * The houses download; the totals rows (from SQL) count the houses and add
 * up their value. The household's columns are there only when a leader asked
 * for them (the data layer blanks the rows whose household the viewer may
 * not see).
 */
export function houseListExport(
  m: Messages,
  data: { totals: HouseTotals; batches: AsyncIterable<HouseListRow[]>; includeHousehold: boolean },
): TableExport<HouseListRow> {
  const h = m.houses;
  const household: ExportColumn<HouseListRow>[] = data.includeHousehold
    ? [
        { header: h.fields.householdName, type: "text", value: (row) => (row.household ? (row.household.erased ? h.household.erased : row.household.name) : null), width: 30 },
        { header: h.fields.householdCategory, type: "text", value: (row) => (row.household ? h.categories[row.household.category] : null), width: 24 },
        { header: m.committee.fields.address, type: "text", value: (row) => row.household?.address ?? null, width: 36 },
      ]
    : [];
  return {
    title: h.table,
    columns: [
      { header: h.fields.commune, type: "text", value: (row) => row.commune, width: 36 },
      ...household,
      { header: h.fields.programme, type: "text", value: (row) => row.programmeName, width: 28 },
      { header: h.fields.work, type: "text", value: (row) => h.works[row.work], width: 12 },
      { header: h.fields.committee, type: "text", value: (row) => row.committeeName, width: 40 },
      { header: m.admin.fields.status, type: "text", value: (row) => h.statuses[row.status], width: 16 },
      { header: h.fields.startedOn, type: "date", value: (row) => row.startedOn, width: 14 },
      { header: h.fields.handedOverOn, type: "date", value: (row) => row.handedOverOn, width: 14 },
      { header: h.fields.value, type: "money", value: (row) => row.valueVnd, width: 18 },
      { header: h.fields.fundings, type: "text", value: (row) => row.fundings, width: 60 },
      { header: m.records.kinds.campaign, type: "text", value: (row) => row.campaignName, width: 30 },
      { header: m.records.kinds.agreement, type: "text", value: (row) => row.agreementTitle, width: 40 },
    ],
    batches: data.batches,
    moneyFormat: m.list.excelMoneyFormat,
    totals: [
      [m.list.totals, data.totals.houses],
      [h.fields.value, data.totals.valueVnd],
      [h.statuses.HANDED_OVER, data.totals.handedOver],
      [`${h.statuses.HANDED_OVER} · ${h.fields.value}`, data.totals.handedOverValueVnd],
    ],
  };
}
