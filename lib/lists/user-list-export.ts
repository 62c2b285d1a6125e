import type { UserRow, UserTotals } from "@/lib/data/user-list";
import type { TableExport } from "@/lib/export/table-export";
import type { Messages } from "next-intl";
import { ROLES } from "@/lib/validation/user";

/** The users download; the totals rows (from SQL) count the users in all, per role and disabled. */
export function userListExport(m: Messages, data: { totals: UserTotals; batches: AsyncIterable<UserRow[]> }): TableExport<UserRow> {
  return {
    title: m.admin.usersTable,
    columns: [
      { header: m.admin.fields.name, type: "text", value: (row) => row.name, width: 28 },
      { header: m.auth.email, type: "text", value: (row) => row.email, width: 32 },
      { header: m.workspace.role, type: "text", value: (row) => m.workspace.roles[row.role], width: 16 },
      { header: m.news.committee, type: "text", value: (row) => row.committeeName, width: 40 },
      { header: m.admin.fields.status, type: "text", value: (row) => (row.disabledAt ? m.admin.disabled : m.admin.active), width: 16 },
      { header: m.admin.createdAt, type: "datetime", value: (row) => row.createdAt, width: 20 },
    ],
    batches: data.batches,
    moneyFormat: m.list.excelMoneyFormat,
    totals: [
      [m.list.totals, data.totals.users],
      ...ROLES.map((role) => [m.workspace.roles[role], data.totals[role]]),
      [m.admin.disabled, data.totals.disabled],
    ],
  };
}
