import type { Metadata } from "next";
import type { Messages } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Suspense } from "react";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { pickerYears } from "@/components/periods/period-choices";
import { PeriodPicker } from "@/components/periods/period-picker";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { DataTable, DataTableSkeleton, type DataTableColumn } from "@/components/ui/data-table";
import { Input, Select } from "@/components/ui/field";
import { KeysetPagination } from "@/components/ui/keyset-pagination";
import { FilterField, ListFilters } from "@/components/ui/list-filters";
import { ListToolbar } from "@/components/ui/list-toolbar";
import { requireViewer } from "@/lib/auth/viewer";
import { listCampaignChoices } from "@/lib/data/conferences";
import { listModelCommittees, listModels, type ModelRow } from "@/lib/data/model-list";
import { recordCommitteeChoices } from "@/lib/data/records/record-access";
import { getFormat } from "@/lib/i18n/server";
import { countText, downloadHrefs, listHref, pageStatus, paginationLinks, sortHrefFor, withoutPosition } from "@/lib/lists/list-url";
import { parsePeriodCode, periodLabelValues, type PeriodCode } from "@/lib/periods";
import { RECORD_PATHS } from "@/lib/records/paths";
import { currentPeriod, vietnamYear } from "@/lib/time/vietnam";
import { POSITION_KEYS, parseSort } from "@/lib/validation/list";
import { MODEL_FIELDS, MODEL_STATUSES, RECOGNITION_LEVELS } from "@/lib/validation/model";
import { MODEL_DEFAULT_SORT, MODEL_SORTS, modelListSchema, type ModelListParams } from "@/lib/validation/model-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).records.kinds.model };
}

const PATH = RECORD_PATHS.model;
/** The first year the picker offers (the seeded records start in 2022). */
const FIRST_YEAR = 2022;

type SearchParams = Record<string, string | string[] | undefined>;

export default async function ModelsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const raw = await searchParams;
  const params = modelListSchema.parse(raw);
  const viewer = await requireViewer();
  const [m, t, committees, campaigns, creatable] = await Promise.all([
    getMessages(),
    getTranslations(),
    listModelCommittees(viewer),
    listCampaignChoices(viewer),
    recordCommitteeChoices(viewer),
  ]);
  const k = m.models;
  const code = params.ky ? parsePeriodCode(params.ky) : null;
  const selected: PeriodCode = code ?? currentPeriod("CALENDAR", "YEAR");
  const withoutPeriod = { ...withoutPosition(params), ky: undefined };
  const keep = Object.fromEntries(
    Object.entries({
      ky: params.ky,
      chi_so: params.chi_so,
      nhom: params.nhom,
      gop: params.gop,
      sap_xep: params.sap_xep === MODEL_DEFAULT_SORT ? undefined : params.sap_xep,
    }).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  return (
    <WorkspacePage title={m.records.kinds.model} lead={k.lead} actions={creatable.length > 0 ? <ButtonLink href={`${PATH}/moi`}>{k.new}</ButtonLink> : null}>
      {raw.deleted === "1" ? (
        <Alert tone="success" className="mb-4">
          {m.records.delete.done}
        </Alert>
      ) : null}
      <PeriodPicker
        className="mb-4"
        pathname={PATH}
        searchParams={Object.fromEntries(Object.entries(raw).filter(([key]) => key !== "deleted"))}
        selected={selected}
        years={pickerYears(FIRST_YEAR, vietnamYear())}
        labels={{ ...m.periodPicker, periodName: (p) => t("periods.label", periodLabelValues(p.kind, p.year, p.sequence)) }}
        reset={POSITION_KEYS}
        anyPeriod={{ label: m.conferences.allPeriods, href: listHref(PATH, withoutPeriod), active: !code }}
      />
      <ListFilters keep={keep} submitLabel={m.common.filter} clearLabel={m.list.clearFilters} clearHref={PATH} wide>
        <FilterField label={k.search} className="lg:col-span-2">
          <Input name="q" type="search" defaultValue={params.q ?? ""} />
        </FilterField>
        <FilterField label={m.conferences.committeeFilter} className="lg:col-span-2">
          <Select name="ban" defaultValue={params.ban ?? ""}>
            <option value="">{m.partners.allCommittees}</option>
            {committees.map((committee) => (
              <option key={committee.id} value={committee.id}>
                {committee.name}
              </option>
            ))}
          </Select>
        </FilterField>
        <FilterField label={k.fields.field} className="lg:col-span-2">
          <Select name="linh_vuc" defaultValue={params.linh_vuc ?? ""}>
            <option value="">{k.allFields}</option>
            {MODEL_FIELDS.map((field) => (
              <option key={field} value={field}>
                {k.fieldNames[field]}
              </option>
            ))}
          </Select>
        </FilterField>
        <FilterField label={k.fields.status} className="lg:col-span-2">
          <Select name="trang_thai" defaultValue={params.trang_thai ?? ""}>
            <option value="">{k.allStatuses}</option>
            {MODEL_STATUSES.map((status) => (
              <option key={status} value={status}>
                {k.statuses[status]}
              </option>
            ))}
          </Select>
        </FilterField>
        <FilterField label={k.fields.recognitionLevel} className="lg:col-span-2">
          <Select name="cap" defaultValue={params.cap ?? ""}>
            <option value="">{k.allLevels}</option>
            {RECOGNITION_LEVELS.map((level) => (
              <option key={level} value={level}>
                {k.levels[level]}
              </option>
            ))}
          </Select>
        </FilterField>
        <FilterField label={m.records.kinds.campaign} className="lg:col-span-2">
          <Select name="phong_trao" defaultValue={params.phong_trao ?? ""}>
            <option value="">{m.conferences.allCampaigns}</option>
            {campaigns.map((campaign) => (
              <option key={campaign.id} value={campaign.id}>
                {campaign.name}
              </option>
            ))}
          </Select>
        </FilterField>
      </ListFilters>
      <Suspense key={JSON.stringify(params)} fallback={<DataTableSkeleton columns={5} />}>
        <ModelsTable params={params} m={m} />
      </Suspense>
    </WorkspacePage>
  );
}

async function ModelsTable({ params, m }: { params: ModelListParams; m: Messages }) {
  const viewer = await requireViewer();
  const [list, t, tList, tPagination, format] = await Promise.all([listModels(viewer, params), getTranslations(), getTranslations("list"), getTranslations("pagination"), getFormat()]);
  const k = m.models;
  const sort = parseSort(params.sap_xep, MODEL_SORTS);
  const columns: DataTableColumn<ModelRow>[] = [
    {
      key: "registeredOn",
      header: k.fields.registeredOn,
      sort: "ngay",
      className: "whitespace-nowrap",
      cell: (row) => <time dateTime={format.isoDate(row.registeredOn)}>{format.date(row.registeredOn)}</time>,
    },
    {
      key: "name",
      header: k.fields.name,
      sort: "ten",
      className: "min-w-72",
      cell: (row) => (
        <>
          <Link href={`${PATH}/${row.id}`} className="font-semibold text-brand-800 hover:underline">
            {row.name}
          </Link>
          <span className="mt-1 flex flex-wrap items-center gap-1.5">
            <Badge tone="brand">{k.fieldNames[row.field]}</Badge>
            {row.campaignName ? <span className="text-ink-600">{row.campaignName}</span> : null}
          </span>
        </>
      ),
    },
    { key: "committee", header: k.fields.committee, className: "min-w-56", cell: (row) => row.committeeName },
    {
      key: "status",
      header: k.fields.status,
      className: "min-w-44",
      cell: (row) =>
        row.status === "RECOGNISED" ? (
          <>
            <Badge tone="success">{k.statuses.RECOGNISED}</Badge>
            <span className="mt-1 block text-ink-600">
              {[row.recognitionLevel ? k.levels[row.recognitionLevel] : null, row.recognisedOn ? format.date(row.recognisedOn) : null].filter(Boolean).join(", ")}
            </span>
          </>
        ) : (
          <Badge tone="neutral">{k.statuses.REGISTERED}</Badge>
        ),
    },
  ];
  return (
    <>
      <ListToolbar count={countText(list.count, tList)} downloads={downloadHrefs("/api/xuat/mo-hinh", params, m.list)} />
      <DataTable
        caption={k.table}
        columns={columns}
        rows={list.rows}
        rowKey={(row) => row.id}
        sort={{ slug: sort.slug, direction: sort.direction }}
        sortHref={sortHrefFor(PATH, params, MODEL_DEFAULT_SORT)}
        empty={k.empty}
        labels={m.list}
        totals={{
          label: m.list.totals,
          cells: {
            registeredOn: t("models.count", { count: Number(list.totals.models) }),
            name: (
              <ul className="flex flex-wrap gap-x-4 font-normal">
                {MODEL_FIELDS.filter((field) => list.totals[field] > 0n).map((field) => (
                  <li key={field}>{tList("countOf", { label: k.fieldNames[field], count: Number(list.totals[field]) })}</li>
                ))}
              </ul>
            ),
            status: t("models.recognisedCount", { count: Number(list.totals.RECOGNISED) }),
          },
        }}
      />
      <KeysetPagination
        className="mt-4"
        links={paginationLinks(PATH, params, MODEL_DEFAULT_SORT, list, list.pageCount)}
        status={pageStatus(list.page, list.pageCount, tPagination)}
        labels={m.pagination}
      />
    </>
  );
}
