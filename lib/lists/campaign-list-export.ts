import type { Messages } from "next-intl";
import type { CampaignRow, CampaignTotals } from "@/lib/data/campaign-list";
import type { TableExport } from "@/lib/export/table-export";

/** The campaigns download; the totals rows (from SQL) count the campaigns and their phases. */
export function campaignListExport(m: Messages, data: { totals: CampaignTotals; batches: AsyncIterable<CampaignRow[]> }): TableExport<CampaignRow> {
  const k = m.campaigns;
  return {
    title: k.table,
    columns: [
      { header: k.fields.name, type: "text", value: (row) => row.name, width: 60 },
      { header: k.fields.committee, type: "text", value: (row) => row.committeeName ?? k.nationwide, width: 40 },
      { header: k.fields.level, type: "text", value: (row) => (row.committeeLevel ? m.committee.levels[row.committeeLevel] : k.nationwide), width: 16 },
      { header: k.fields.startsOn, type: "date", value: (row) => row.startsOn, width: 12 },
      { header: k.fields.endsOn, type: "date", value: (row) => row.endsOn, width: 12 },
      { header: k.fields.phases, type: "integer", value: (row) => row.phases, width: 10 },
      { header: k.fields.records, type: "integer", value: (row) => row.records, width: 14 },
    ],
    batches: data.batches,
    moneyFormat: m.list.excelMoneyFormat,
    totals: [
      [m.list.totals, data.totals.campaigns],
      [k.fields.phases, data.totals.phases],
    ],
  };
}
