import type { Metadata } from "next";
import { getMessages, getTranslations } from "next-intl/server";
import { RECORD_FORM_MESSAGES } from "@/components/records/record-form-messages";
import { RestoreRecordForm } from "@/components/records/restore-record-form";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { Alert } from "@/components/ui/alert";
import { DataTable } from "@/components/ui/data-table";
import { restoreRecordAction } from "@/lib/actions/records";
import { requireViewer } from "@/lib/auth/viewer";
import { listDeletedRecords, type DeletedRecord } from "@/lib/data/records/deleted-records";
import { ClientMessages, getFormat } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("deletedRecords") };
}

export default async function DeletedRecordsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const [{ restored }, m, t, format, { rows, total }] = await Promise.all([
    searchParams,
    getMessages(),
    getTranslations("records.deleted"),
    getFormat(),
    listDeletedRecords(viewer),
  ]);
  const d = m.records.deleted;
  return (
    <WorkspacePage title={m.nav.deletedRecords} lead={d.lead}>
      {restored === "1" ? (
        <Alert tone="success" className="mb-4">
          {d.restored}
        </Alert>
      ) : null}
      {total > rows.length ? <p className="mb-3 text-sm text-ink-600">{t("shown", { shown: format.number(rows.length), total: format.number(total) })}</p> : null}
      <ClientMessages paths={RECORD_FORM_MESSAGES}>
        <DataTable<DeletedRecord>
          caption={d.table}
          rows={rows}
          rowKey={(row) => `${row.kind}:${row.id}`}
          empty={d.empty}
          labels={{ sortAscending: m.list.sortAscending, sortDescending: m.list.sortDescending }}
          columns={[
            { key: "kind", header: d.kind, cell: (row) => m.records.kinds[row.kind], className: "whitespace-nowrap" },
            {
              key: "record",
              header: d.record,
              cell: (row) => (
                <>
                  <span className="font-medium text-ink-900">{row.title}</span>
                  <span className="block text-ink-600">
                    {row.committeeName}
                    {row.on ? ` · ${format.date(row.on)}` : ""}
                  </span>
                </>
              ),
            },
            {
              key: "deleted",
              header: d.deletedAt,
              cell: (row) => (
                <>
                  {format.dateTime(row.deletedAt)}
                  <span className="block text-ink-600">{row.deletedBy ?? m.records.history.unknownActor}</span>
                </>
              ),
              className: "whitespace-nowrap",
            },
            { key: "restore", header: m.audit.actions.restore, align: "end", cell: (row) => <RestoreRecordForm action={restoreRecordAction} kind={row.kind} id={row.id} /> },
          ]}
        />
      </ClientMessages>
    </WorkspacePage>
  );
}
