import type { Messages } from "next-intl";
import type { PartnerRow, PartnerTotals } from "@/lib/data/partner-list";
import type { TableExport } from "@/lib/export/table-export";
import { PARTNER_KINDS } from "@/lib/validation/partner";

/** The partners download; the totals rows (from SQL) count the partners in all and per kind. */
export function partnerListExport(m: Messages, data: { totals: PartnerTotals; batches: AsyncIterable<PartnerRow[]> }): TableExport<PartnerRow> {
  const p = m.partners;
  const f = m.committee.fields;
  return {
    title: p.table,
    columns: [
      { header: p.fields.name, type: "text", value: (row) => row.name, width: 40 },
      { header: f.shortName, type: "text", value: (row) => row.shortName, width: 20 },
      { header: p.fields.kind, type: "text", value: (row) => p.kinds[row.kind], width: 24 },
      { header: p.fields.committee, type: "text", value: (row) => row.committeeName, width: 40 },
      { header: f.level, type: "text", value: (row) => m.committee.levels[row.committeeLevel], width: 16 },
      { header: f.address, type: "text", value: (row) => row.address, width: 36 },
      { header: f.phone, type: "text", value: (row) => row.phone, width: 16 },
      { header: m.auth.email, type: "text", value: (row) => row.email, width: 28 },
    ],
    batches: data.batches,
    moneyFormat: m.list.excelMoneyFormat,
    totals: [[m.list.totals, data.totals.partners], ...PARTNER_KINDS.map((kind) => [p.kinds[kind], data.totals[kind]] as [string, bigint])],
  };
}
