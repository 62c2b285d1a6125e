import type { Metadata } from "next";
import type { Messages } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { RECORD_FORM_MESSAGES } from "@/components/records/record-form-messages";
import { RestoreRecordForm } from "@/components/records/restore-record-form";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { Alert } from "@/components/ui/alert";
import { DataTable, DataTableSkeleton, type DataTableColumn } from "@/components/ui/data-table";
import { Select } from "@/components/ui/field";
import { KeysetPagination } from "@/components/ui/keyset-pagination";
import { FilterField, ListFilters } from "@/components/ui/list-filters";
import { ListToolbar } from "@/components/ui/list-toolbar";
import { restoreRecordAction } from "@/lib/actions/records";
import { requireViewer } from "@/lib/auth/viewer";
import { orNotFound } from "@/lib/data/not-found";
import { listDeletedRecords, type DeletedRecord } from "@/lib/data/records/deleted-records";
import { recordKinds } from "@/lib/data/records/record-kinds";
import { ClientMessages, getFormat } from "@/lib/i18n/server";
import { countText, pageStatus, paginationLinks, sortHrefFor } from "@/lib/lists/list-url";
import { DELETED_RECORDS_PATH } from "@/lib/records/paths";
import { DELETED_SORTS, deletedListSchema, type DeletedListParams } from "@/lib/validation/deleted-list";
import { parseSort } from "@/lib/validation/list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("deletedRecords") };
}

const DEFAULT_SORT = "-thoi_diem";

export default async function DeletedRecordsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const params = deletedListSchema.parse(raw);
  const m = await getMessages();
  const d = m.records.deleted;
  return (
    <WorkspacePage title={m.nav.deletedRecords} lead={d.lead}>
      {raw.restored === "1" ? (
        <Alert tone="success" className="mb-4">
          {d.restored}
        </Alert>
      ) : null}
      <ListFilters keep={params.sap_xep === DEFAULT_SORT ? {} : { sap_xep: params.sap_xep }} submitLabel={m.common.filter} clearLabel={m.list.clearFilters} clearHref={DELETED_RECORDS_PATH}>
        <FilterField label={d.kind}>
          <Select name="loai" defaultValue={params.loai ?? ""}>
            <option value="">{m.audit.all}</option>
            {recordKinds.map((kind) => (
              <option key={kind} value={kind}>
                {m.records.kinds[kind]}
              </option>
            ))}
          </Select>
        </FilterField>
      </ListFilters>
      <Suspense key={JSON.stringify(params)} fallback={<DataTableSkeleton columns={4} />}>
        <DeletedTable params={params} m={m} />
      </Suspense>
    </WorkspacePage>
  );
}

async function DeletedTable({ params, m }: { params: DeletedListParams; m: Messages }) {
  const viewer = await requireViewer();
  const [list, tList, tPagination, format] = await Promise.all([
    orNotFound(listDeletedRecords(viewer, params)),
    getTranslations("list"),
    getTranslations("pagination"),
    getFormat(),
  ]);
  const d = m.records.deleted;
  const sort = parseSort(params.sap_xep, DELETED_SORTS);
  const columns: DataTableColumn<DeletedRecord>[] = [
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
      sort: "thoi_diem",
      cell: (row) => (
        <>
          {format.dateTime(row.deletedAt)}
          <span className="block text-ink-600">{row.deletedBy ?? m.records.history.unknownActor}</span>
        </>
      ),
      className: "whitespace-nowrap",
    },
    { key: "restore", header: m.audit.actions.restore, align: "end", cell: (row) => <RestoreRecordForm action={restoreRecordAction} kind={row.kind} id={row.id} /> },
  ];
  return (
    <>
      <ListToolbar count={countText(list.count, tList)} downloads={[]} />
      <ClientMessages paths={RECORD_FORM_MESSAGES}>
        <DataTable<DeletedRecord>
          caption={d.table}
          columns={columns}
          rows={list.rows}
          rowKey={(row) => `${row.kind}:${row.id}`}
          sort={{ slug: sort.slug, direction: sort.direction }}
          sortHref={sortHrefFor(DELETED_RECORDS_PATH, params, DEFAULT_SORT)}
          empty={d.empty}
          labels={m.list}
        />
      </ClientMessages>
      <KeysetPagination className="mt-4" links={paginationLinks(DELETED_RECORDS_PATH, params, DEFAULT_SORT, list, list.pageCount)} status={pageStatus(list.page, list.pageCount, tPagination)} labels={m.pagination} />
    </>
  );
}
