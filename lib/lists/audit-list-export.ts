import type { AuditRow } from "@/lib/data/audit-log";
import type { TableExport } from "@/lib/export/table-export";
import type { Messages } from "next-intl";
import { auditLabels } from "./audit-labels";

/** The audit download: one row per event, the exact count (from SQL) as the totals row. */
export function auditListExport(m: Messages, data: { totals: { events: bigint }; batches: AsyncIterable<AuditRow[]> }): TableExport<AuditRow> {
  const labels = auditLabels(m);
  const change = (row: AuditRow) => (row.before == null && row.after == null ? null : JSON.stringify({ before: row.before, after: row.after }));
  return {
    title: m.nav.audit,
    columns: [
      { header: m.audit.at, type: "datetime", value: (row) => row.at, width: 20 },
      { header: m.audit.actor, type: "text", value: (row) => row.actorEmail, width: 30 },
      { header: m.audit.action, type: "text", value: (row) => labels.action(row.action), width: 22 },
      { header: m.audit.entity, type: "text", value: (row) => labels.entity(row.entity), width: 14 },
      { header: m.audit.entityId, type: "text", value: (row) => row.entityId, width: 28 },
      { header: m.audit.ip, type: "text", value: (row) => row.ip, width: 16 },
      { header: m.audit.change, type: "text", value: change, width: 60 },
      { header: m.audit.eventId, type: "integer", value: (row) => row.id, width: 12 },
    ],
    batches: data.batches,
    moneyFormat: m.list.excelMoneyFormat,
    totals: [[m.list.totals, data.totals.events]],
  };
}
