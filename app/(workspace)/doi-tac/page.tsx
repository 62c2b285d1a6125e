import type { Metadata } from "next";
import type { Messages } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Suspense } from "react";
import { ImportedNotice } from "@/components/imports/imported-notice";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { ButtonLink } from "@/components/ui/button";
import { DataTable, DataTableSkeleton, type DataTableColumn } from "@/components/ui/data-table";
import { Input, Select } from "@/components/ui/field";
import { KeysetPagination } from "@/components/ui/keyset-pagination";
import { FilterField, ListFilters } from "@/components/ui/list-filters";
import { ListToolbar } from "@/components/ui/list-toolbar";
import { requireViewer } from "@/lib/auth/viewer";
import { listPartnerCommittees, listPartners, type PartnerRow } from "@/lib/data/partner-list";
import { listPartnerCommitteeChoices } from "@/lib/data/partners";
import { countText, downloadHrefs, pageStatus, paginationLinks, sortHrefFor } from "@/lib/lists/list-url";
import { PARTNER_IMPORT_PATH } from "@/lib/records/import-paths";
import { parseSort } from "@/lib/validation/list";
import { PARTNER_KINDS } from "@/lib/validation/partner";
import { PARTNER_SORTS, partnerListSchema, type PartnerListParams } from "@/lib/validation/partner-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).nav.partners };
}

const PATH = "/doi-tac";
const DEFAULT_SORT = "ten";

export default async function PartnersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const params = partnerListSchema.parse(raw);
  const viewer = await requireViewer();
  const [m, t, committees, creatable] = await Promise.all([getMessages(), getTranslations("partners"), listPartnerCommittees(viewer), listPartnerCommitteeChoices(viewer)]);
  const p = m.partners;
  return (
    <WorkspacePage
      title={m.nav.partners}
      lead={p.lead}
      actions={
        creatable.length > 0 ? (
          <>
            <ButtonLink href={`${PATH}/moi`}>{p.new}</ButtonLink>
            <ButtonLink href={PARTNER_IMPORT_PATH} variant="secondary">
              {m.audit.actions.import}
            </ButtonLink>
          </>
        ) : null
      }
    >
      <ImportedNotice kind="partner" batchId={raw.nhap} text={(values) => t("imported", values)} />
      <ListFilters keep={params.sap_xep === DEFAULT_SORT ? {} : { sap_xep: params.sap_xep }} submitLabel={m.common.filter} clearLabel={m.list.clearFilters} clearHref={PATH}>
        <FilterField label={p.search} className="lg:col-span-2">
          <Input name="q" type="search" defaultValue={params.q ?? ""} />
        </FilterField>
        <FilterField label={p.fields.kind}>
          <Select name="loai" defaultValue={params.loai ?? ""}>
            <option value="">{p.allKinds}</option>
            {PARTNER_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {p.kinds[kind]}
              </option>
            ))}
          </Select>
        </FilterField>
        <FilterField label={p.fields.committee}>
          <Select name="ban" defaultValue={params.ban ?? ""}>
            <option value="">{p.allCommittees}</option>
            {committees.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        </FilterField>
      </ListFilters>
      <Suspense key={JSON.stringify(params)} fallback={<DataTableSkeleton columns={5} />}>
        <PartnersTable params={params} m={m} />
      </Suspense>
    </WorkspacePage>
  );
}

async function PartnersTable({ params, m }: { params: PartnerListParams; m: Messages }) {
  const viewer = await requireViewer();
  const [list, tList, tPagination, tPartners] = await Promise.all([
    listPartners(viewer, params),
    getTranslations("list"),
    getTranslations("pagination"),
    getTranslations("partners"),
  ]);
  const p = m.partners;
  const sort = parseSort(params.sap_xep, PARTNER_SORTS);
  const columns: DataTableColumn<PartnerRow>[] = [
    {
      key: "name",
      header: p.fields.name,
      sort: "ten",
      className: "min-w-56",
      cell: (partner) => (
        <>
          <Link href={`${PATH}/${partner.id}`} className="font-semibold text-brand-800 hover:underline">
            {partner.name}
          </Link>
          <span className="block text-sm text-ink-600">{partner.shortName}</span>
        </>
      ),
    },
    { key: "kind", header: p.fields.kind, cell: (partner) => p.kinds[partner.kind] },
    {
      key: "committee",
      header: p.fields.committee,
      className: "min-w-52",
      cell: (partner) => (
        <>
          {partner.committeeName}
          <span className="block text-sm text-ink-600">{m.committee.levels[partner.committeeLevel]}</span>
        </>
      ),
    },
    {
      key: "contact",
      header: p.contact,
      className: "min-w-48",
      cell: (partner) =>
        partner.address || partner.phone || partner.email ? (
          <ul className="text-sm">
            {[partner.address, partner.phone, partner.email].filter(Boolean).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : (
          <span className="text-sm text-ink-500">{p.noContact}</span>
        ),
    },
  ];
  return (
    <>
      <ListToolbar count={countText(list.count, tList)} downloads={downloadHrefs("/api/xuat/doi-tac", params, m.list)} />
      <DataTable
        caption={p.table}
        columns={columns}
        rows={list.rows}
        rowKey={(partner) => partner.id}
        sort={{ slug: sort.slug, direction: sort.direction }}
        sortHref={sortHrefFor(PATH, params, DEFAULT_SORT)}
        empty={p.empty}
        labels={m.list}
        totals={{
          label: m.list.totals,
          cells: {
            name: tPartners("count", { count: Number(list.totals.partners) }),
            kind: (
              <ul className="whitespace-nowrap">
                {PARTNER_KINDS.filter((kind) => list.totals[kind] > 0n).map((kind) => (
                  <li key={kind}>{tList("countOf", { label: p.kinds[kind], count: Number(list.totals[kind]) })}</li>
                ))}
              </ul>
            ),
          },
        }}
      />
      <KeysetPagination
        className="mt-4"
        links={paginationLinks(PATH, params, DEFAULT_SORT, list, list.pageCount)}
        status={pageStatus(list.page, list.pageCount, tPagination)}
        labels={m.pagination}
      />
    </>
  );
}
