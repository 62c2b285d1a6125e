import type { Messages } from "next-intl";
import { AGREEMENT_STATUSES } from "@/lib/agreements/status";
import type { AgreementRow, AgreementTotals } from "@/lib/data/agreement-list";
import type { TableExport } from "@/lib/export/table-export";

/** The agreements download; the totals rows (from SQL) count the agreements in all, per status and flagged. */
export function agreementListExport(m: Messages, data: { totals: AgreementTotals; batches: AsyncIterable<AgreementRow[]> }): TableExport<AgreementRow> {
  const a = m.agreements;
  return {
    title: a.table,
    columns: [
      { header: a.fields.number, type: "text", value: (row) => row.number, width: 18 },
      { header: a.fields.title, type: "text", value: (row) => row.title, width: 60 },
      { header: a.fields.committee, type: "text", value: (row) => row.committeeName, width: 36 },
      { header: a.party.leadBadge, type: "text", value: (row) => row.leadName, width: 36 },
      { header: a.fields.parties, type: "text", value: (row) => row.parties, width: 60 },
      { header: a.fields.signedOn, type: "date", value: (row) => row.signedOn, width: 12 },
      { header: a.fields.validFrom, type: "date", value: (row) => row.validFrom, width: 12 },
      { header: a.fields.validTo, type: "date", value: (row) => row.validTo, width: 12 },
      { header: a.fields.endedOn, type: "date", value: (row) => row.endedOn, width: 12 },
      { header: m.admin.fields.status, type: "text", value: (row) => a.statuses[row.status], width: 18 },
      { header: a.flagged, type: "text", value: (row) => (row.flagged ? a.flagged : null), width: 24 },
      { header: a.fields.tasks, type: "integer", value: (row) => row.taskCount, width: 12 },
    ],
    batches: data.batches,
    moneyFormat: m.list.excelMoneyFormat,
    totals: [
      [m.list.totals, data.totals.agreements],
      ...AGREEMENT_STATUSES.map((status) => [a.statuses[status], data.totals[status]] as [string, bigint]),
      [a.flagged, data.totals.flagged],
    ],
  };
}
