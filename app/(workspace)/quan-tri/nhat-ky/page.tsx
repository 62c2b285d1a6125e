import type { Metadata } from "next";
import type { Messages } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { DataTable, DataTableSkeleton, type DataTableColumn } from "@/components/ui/data-table";
import { Input, Select } from "@/components/ui/field";
import { KeysetPagination } from "@/components/ui/keyset-pagination";
import { FilterField, ListFilters } from "@/components/ui/list-filters";
import { ListToolbar } from "@/components/ui/list-toolbar";
import { requireViewer } from "@/lib/auth/viewer";
import { listAuditEvents, type AuditRow } from "@/lib/data/audit-log";
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from "@/lib/data/audit-vocabulary";
import { orNotFound } from "@/lib/data/not-found";
import { getFormat } from "@/lib/i18n/server";
import { auditLabels } from "@/lib/lists/audit-labels";
import { countText, downloadHrefs, pageStatus, paginationLinks, sortHrefFor } from "@/lib/lists/list-url";
import { AUDIT_SORTS, auditListSchema, type AuditListParams } from "@/lib/validation/audit-list";
import { parseSort } from "@/lib/validation/list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).nav.audit };
}

const PATH = "/quan-tri/nhat-ky";
const DEFAULT_SORT = "-thoi_diem";

function Change({ before, after }: { before: unknown; after: unknown }) {
  if (before == null && after == null) return null;
  return (
    <details className="text-xs">
      <summary className="cursor-pointer text-brand-800">…</summary>
      <pre className="mt-1 max-w-md overflow-x-auto rounded bg-ink-50 p-2 whitespace-pre-wrap">{JSON.stringify({ before, after }, null, 1)}</pre>
    </details>
  );
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = auditListSchema.parse(await searchParams);
  const m = await getMessages();
  const t = m.audit;
  const labels = auditLabels(m);
  return (
    <WorkspacePage title={m.nav.audit} lead={t.lead}>
      <ListFilters
        wide
        keep={params.sap_xep === DEFAULT_SORT ? {} : { sap_xep: params.sap_xep }}
        submitLabel={m.common.filter}
        clearLabel={m.list.clearFilters}
        clearHref={PATH}
      >
        <FilterField label={t.actor} className="lg:col-span-2">
          <Input name="nguoi" type="search" defaultValue={params.nguoi ?? ""} />
        </FilterField>
        <FilterField label={t.action}>
          <Select name="hanh_dong" defaultValue={params.hanh_dong ?? ""}>
            <option value="">{t.all}</option>
            {AUDIT_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {labels.actions[action]}
              </option>
            ))}
          </Select>
        </FilterField>
        <FilterField label={t.entity}>
          <Select name="doi_tuong" defaultValue={params.doi_tuong ?? ""}>
            <option value="">{t.all}</option>
            {AUDIT_ENTITIES.map((entity) => (
              <option key={entity} value={entity}>
                {labels.entities[entity]}
              </option>
            ))}
          </Select>
        </FilterField>
        <FilterField label={t.from}>
          <Input name="tu" type="date" defaultValue={params.tu ?? ""} />
        </FilterField>
        <FilterField label={t.to}>
          <Input name="den" type="date" defaultValue={params.den ?? ""} />
        </FilterField>
      </ListFilters>
      <Suspense key={JSON.stringify(params)} fallback={<DataTableSkeleton columns={5} />}>
        <AuditTable params={params} m={m} />
      </Suspense>
    </WorkspacePage>
  );
}

async function AuditTable({ params, m }: { params: AuditListParams; m: Messages }) {
  const viewer = await requireViewer();
  const [log, tList, tPagination, format] = await Promise.all([
    orNotFound(listAuditEvents(viewer, params)),
    getTranslations("list"),
    getTranslations("pagination"),
    getFormat(),
  ]);
  const t = m.audit;
  const labels = auditLabels(m);
  const sort = parseSort(params.sap_xep, AUDIT_SORTS);
  const columns: DataTableColumn<AuditRow>[] = [
    { key: "at", header: t.at, sort: "thoi_diem", className: "whitespace-nowrap tabular-nums", cell: (event) => format.dateTime(event.at) },
    {
      key: "actor",
      header: t.actor,
      cell: (event) => (
        <>
          <span className="whitespace-nowrap">{event.actorEmail ?? <span className="text-ink-500">{t.anonymous}</span>}</span>
          {event.ip ? <div className="text-xs text-ink-500">{event.ip}</div> : null}
        </>
      ),
    },
    { key: "action", header: t.action, className: "min-w-36", cell: (event) => labels.action(event.action) },
    {
      key: "entity",
      header: t.entity,
      className: "min-w-36",
      cell: (event) => (
        <>
          {labels.entity(event.entity)}
          {event.entityId ? <div className="text-xs break-all text-ink-500">{event.entityId}</div> : null}
        </>
      ),
    },
    { key: "change", header: t.change, cell: (event) => <Change before={event.before} after={event.after} /> },
  ];
  return (
    <>
      <ListToolbar count={countText(log.count, tList)} downloads={downloadHrefs("/api/xuat/nhat-ky", params, m.list)} />
      <DataTable
        caption={t.table}
        columns={columns}
        rows={log.rows}
        rowKey={(event) => event.id.toString()}
        sort={{ slug: sort.slug, direction: sort.direction }}
        sortHref={sortHrefFor(PATH, params, DEFAULT_SORT)}
        empty={t.empty}
        labels={m.list}
      />
      <KeysetPagination
        className="mt-4"
        links={paginationLinks(PATH, params, DEFAULT_SORT, log, log.pageCount)}
        status={pageStatus(log.page, log.pageCount, tPagination)}
        labels={m.pagination}
      />
    </>
  );
}
