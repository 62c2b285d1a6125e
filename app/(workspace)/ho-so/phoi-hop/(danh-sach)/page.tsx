import type { Metadata } from "next";
import type { Messages } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Suspense } from "react";
import { AgreementStatusBadge } from "@/components/agreements/agreement-status";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { DataTable, DataTableSkeleton, type DataTableColumn } from "@/components/ui/data-table";
import { Input, Select } from "@/components/ui/field";
import { KeysetPagination } from "@/components/ui/keyset-pagination";
import { FilterField, ListFilters } from "@/components/ui/list-filters";
import { ListToolbar } from "@/components/ui/list-toolbar";
import { AGREEMENT_STATUSES } from "@/lib/agreements/status";
import { requireViewer } from "@/lib/auth/viewer";
import { agreementFilterChoices, listAgreements, type AgreementRow } from "@/lib/data/agreement-list";
import { recordCommitteeChoices } from "@/lib/data/records/record-access";
import { getFormat } from "@/lib/i18n/server";
import { countText, downloadHrefs, pageStatus, paginationLinks, sortHrefFor } from "@/lib/lists/list-url";
import { RECORD_PATHS } from "@/lib/records/paths";
import { AGREEMENT_SORTS, agreementListSchema, statusSlugOf, type AgreementListParams } from "@/lib/validation/agreement-list";
import { parseSort } from "@/lib/validation/list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).nav.agreements };
}

const PATH = RECORD_PATHS.agreement;
const DEFAULT_SORT = "-ngay_ky";

export default async function AgreementsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const params = agreementListSchema.parse(raw);
  const viewer = await requireViewer();
  const [m, choices, creatable] = await Promise.all([getMessages(), agreementFilterChoices(viewer), recordCommitteeChoices(viewer)]);
  const a = m.agreements;
  return (
    <WorkspacePage title={m.nav.agreements} lead={a.lead} actions={creatable.length > 0 ? <ButtonLink href={`${PATH}/moi`}>{a.new}</ButtonLink> : null}>
      {raw.deleted === "1" ? (
        <Alert tone="success" className="mb-4">
          {m.records.delete.done}
        </Alert>
      ) : null}
      <ListFilters keep={params.sap_xep === DEFAULT_SORT ? {} : { sap_xep: params.sap_xep }} submitLabel={m.common.filter} clearLabel={m.list.clearFilters} clearHref={PATH}>
        <FilterField label={a.search} className="lg:col-span-2">
          <Input name="q" type="search" defaultValue={params.q ?? ""} />
        </FilterField>
        <FilterField label={m.news.committee}>
          <Select name="ban" defaultValue={params.ban ?? ""}>
            <option value="">{m.partners.allCommittees}</option>
            {choices.committees.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        </FilterField>
        <FilterField label={a.fields.parties}>
          <Select name="ben" defaultValue={params.ben ?? ""}>
            <option value="">{a.allParties}</option>
            {choices.parties.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        </FilterField>
        <FilterField label={m.admin.fields.status}>
          <Select name="trang_thai" defaultValue={params.trang_thai ?? ""}>
            <option value="">{m.admin.allStatuses}</option>
            {AGREEMENT_STATUSES.map((status) => (
              <option key={status} value={statusSlugOf(status)}>
                {a.statuses[status]}
              </option>
            ))}
          </Select>
        </FilterField>
        <label className="flex items-center gap-2 text-sm font-semibold text-ink-800 sm:col-span-2 lg:col-span-3 lg:pb-2.5">
          <input type="checkbox" name="chua_so_ket" value="1" defaultChecked={params.chua_so_ket === "1"} className="size-4 accent-brand-700" />
          {a.flaggedOnly}
        </label>
      </ListFilters>
      <Suspense key={JSON.stringify(params)} fallback={<DataTableSkeleton columns={5} />}>
        <AgreementsTable params={params} m={m} />
      </Suspense>
    </WorkspacePage>
  );
}

async function AgreementsTable({ params, m }: { params: AgreementListParams; m: Messages }) {
  const viewer = await requireViewer();
  const [list, tList, tPagination, tAgreements, tCommittee, format] = await Promise.all([
    listAgreements(viewer, params),
    getTranslations("list"),
    getTranslations("pagination"),
    getTranslations("agreements"),
    getTranslations("committee.history"),
    getFormat(),
  ]);
  const a = m.agreements;
  const sort = parseSort(params.sap_xep, AGREEMENT_SORTS);
  const term = (row: AgreementRow) =>
    row.validTo ? tCommittee("span", { from: format.date(row.validFrom), to: format.date(row.validTo) }) : tCommittee("spanOpen", { from: format.date(row.validFrom) });
  const columns: DataTableColumn<AgreementRow>[] = [
    {
      key: "title",
      header: a.fields.title,
      sort: "ten",
      className: "min-w-72",
      cell: (row) => (
        <>
          <Link href={`${RECORD_PATHS.agreement}/${row.id}`} className="font-semibold text-brand-800 hover:underline">
            {row.title}
          </Link>
          <span className="block text-sm text-ink-600">{row.number ?? a.noNumber}</span>
          <span className="block text-sm text-ink-600">{row.parties}</span>
        </>
      ),
    },
    {
      key: "signedOn",
      header: a.fields.signedOn,
      sort: "ngay_ky",
      className: "whitespace-nowrap",
      cell: (row) => format.date(row.signedOn),
    },
    {
      key: "term",
      header: a.fields.term,
      sort: "hieu_luc",
      className: "min-w-40",
      cell: (row) => term(row),
    },
    {
      key: "status",
      header: m.admin.fields.status,
      className: "min-w-40",
      cell: (row) => (
        <div className="flex flex-col items-start gap-1">
          <AgreementStatusBadge status={row.status} label={a.statuses[row.status]} />
          {row.flagged ? <Badge tone="danger">{a.flagged}</Badge> : null}
        </div>
      ),
    },
    { key: "committee", header: a.fields.committee, className: "min-w-48", cell: (row) => row.committeeName },
  ];
  return (
    <>
      <ListToolbar count={countText(list.count, tList)} downloads={downloadHrefs("/api/xuat/phoi-hop", params, m.list)} />
      <DataTable
        caption={a.table}
        columns={columns}
        rows={list.rows}
        rowKey={(row) => row.id}
        sort={{ slug: sort.slug, direction: sort.direction }}
        sortHref={sortHrefFor(RECORD_PATHS.agreement, params, DEFAULT_SORT)}
        empty={a.empty}
        labels={m.list}
        totals={{
          label: m.list.totals,
          cells: {
            title: tAgreements("count", { count: Number(list.totals.agreements) }),
            status: (
              <ul className="whitespace-nowrap">
                {AGREEMENT_STATUSES.filter((status) => list.totals[status] > 0n).map((status) => (
                  <li key={status}>{tList("countOf", { label: a.statuses[status], count: Number(list.totals[status]) })}</li>
                ))}
                {list.totals.flagged > 0n ? <li>{tAgreements("flaggedCount", { count: Number(list.totals.flagged) })}</li> : null}
              </ul>
            ),
          },
        }}
      />
      <KeysetPagination
        className="mt-4"
        links={paginationLinks(RECORD_PATHS.agreement, params, DEFAULT_SORT, list, list.pageCount)}
        status={pageStatus(list.page, list.pageCount, tPagination)}
        labels={m.pagination}
      />
    </>
  );
}
