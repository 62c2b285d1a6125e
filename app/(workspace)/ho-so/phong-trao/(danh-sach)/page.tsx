import type { Metadata } from "next";
import type { Messages } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Suspense } from "react";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { DataTable, DataTableSkeleton, type DataTableColumn } from "@/components/ui/data-table";
import { Input, Select } from "@/components/ui/field";
import { KeysetPagination } from "@/components/ui/keyset-pagination";
import { FilterField, ListFilters } from "@/components/ui/list-filters";
import { ListToolbar } from "@/components/ui/list-toolbar";
import { requireViewer } from "@/lib/auth/viewer";
import { listCampaignCommittees, listCampaigns, type CampaignRow } from "@/lib/data/campaign-list";
import { recordCommitteeChoices } from "@/lib/data/records/record-access";
import { getFormat } from "@/lib/i18n/server";
import { countText, downloadHrefs, pageStatus, paginationLinks, sortHrefFor } from "@/lib/lists/list-url";
import { RECORD_PATHS } from "@/lib/records/paths";
import { CAMPAIGN_DEFAULT_SORT, CAMPAIGN_SORTS, campaignListSchema, type CampaignListParams } from "@/lib/validation/campaign-list";
import { parseSort } from "@/lib/validation/list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).records.kinds.campaign };
}

const PATH = RECORD_PATHS.campaign;

type SearchParams = Record<string, string | string[] | undefined>;

export default async function CampaignsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const raw = await searchParams;
  const params = campaignListSchema.parse(raw);
  const viewer = await requireViewer();
  const [m, committees, creatable] = await Promise.all([getMessages(), listCampaignCommittees(viewer), recordCommitteeChoices(viewer)]);
  const k = m.campaigns;
  const keep: Record<string, string> = params.sap_xep === CAMPAIGN_DEFAULT_SORT ? {} : { sap_xep: params.sap_xep };
  return (
    <WorkspacePage title={m.records.kinds.campaign} lead={k.lead} actions={creatable.length > 0 ? <ButtonLink href={`${PATH}/moi`}>{k.new}</ButtonLink> : null}>
      {raw.deleted === "1" ? (
        <Alert tone="success" className="mb-4">
          {m.records.delete.done}
        </Alert>
      ) : null}
      <ListFilters keep={keep} submitLabel={m.common.filter} clearLabel={m.list.clearFilters} clearHref={PATH}>
        <FilterField label={k.search}>
          <Input name="q" type="search" defaultValue={params.q ?? ""} />
        </FilterField>
        <FilterField label={m.conferences.committeeFilter}>
          <Select name="ban" defaultValue={params.ban ?? ""}>
            <option value="">{m.partners.allCommittees}</option>
            {committees.map((committee) => (
              <option key={committee.id} value={committee.id}>
                {committee.name}
              </option>
            ))}
          </Select>
        </FilterField>
      </ListFilters>
      <Suspense key={JSON.stringify(params)} fallback={<DataTableSkeleton columns={4} />}>
        <CampaignsTable params={params} m={m} />
      </Suspense>
    </WorkspacePage>
  );
}

async function CampaignsTable({ params, m }: { params: CampaignListParams; m: Messages }) {
  const viewer = await requireViewer();
  const [list, t, tList, tPagination, format] = await Promise.all([listCampaigns(viewer, params), getTranslations("campaigns"), getTranslations("list"), getTranslations("pagination"), getFormat()]);
  const k = m.campaigns;
  const sort = parseSort(params.sap_xep, CAMPAIGN_SORTS);
  const columns: DataTableColumn<CampaignRow>[] = [
    {
      key: "name",
      header: k.fields.name,
      sort: "ten",
      className: "min-w-72",
      cell: (row) => (
        <Link href={`${PATH}/${row.id}`} className="font-semibold text-brand-800 hover:underline">
          {row.name}
        </Link>
      ),
    },
    {
      key: "committee",
      header: k.fields.committee,
      className: "min-w-56",
      cell: (row) => (
        <>
          {row.committeeName ?? k.nationwide}
          {row.committeeLevel ? <span className="block text-ink-600">{m.committee.levels[row.committeeLevel]}</span> : null}
        </>
      ),
    },
    {
      key: "startsOn",
      header: k.fields.startsOn,
      sort: "ngay",
      className: "whitespace-nowrap",
      cell: (row) =>
        row.startsOn ? (
          <>
            {format.date(row.startsOn)}
            <span className="block text-ink-600">{row.endsOn ? format.date(row.endsOn) : k.ongoing}</span>
          </>
        ) : (
          <span className="text-ink-500">—</span>
        ),
    },
    { key: "phases", header: k.fields.phases, align: "end", className: "whitespace-nowrap tabular-nums", cell: (row) => format.number(row.phases) },
  ];
  return (
    <>
      <ListToolbar count={countText(list.count, tList)} downloads={downloadHrefs("/api/xuat/phong-trao", params, m.list)} />
      <DataTable
        caption={k.table}
        columns={columns}
        rows={list.rows}
        rowKey={(row) => row.id}
        sort={{ slug: sort.slug, direction: sort.direction }}
        sortHref={sortHrefFor(PATH, params, CAMPAIGN_DEFAULT_SORT)}
        empty={k.empty}
        labels={m.list}
        totals={{
          label: m.list.totals,
          cells: { name: t("count", { count: Number(list.totals.campaigns) }), phases: t("phaseCount", { count: Number(list.totals.phases) }) },
        }}
      />
      <KeysetPagination
        className="mt-4"
        links={paginationLinks(PATH, params, CAMPAIGN_DEFAULT_SORT, list, list.pageCount)}
        status={pageStatus(list.page, list.pageCount, tPagination)}
        labels={m.pagination}
      />
    </>
  );
}
