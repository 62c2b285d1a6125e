import type { Metadata } from "next";
import type { Messages } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Suspense } from "react";
import { ImportedNotice } from "@/components/imports/imported-notice";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { DataTable, DataTableSkeleton, type DataTableColumn } from "@/components/ui/data-table";
import { Input, Select } from "@/components/ui/field";
import { KeysetPagination } from "@/components/ui/keyset-pagination";
import { FilterField, ListFilters } from "@/components/ui/list-filters";
import { ListToolbar } from "@/components/ui/list-toolbar";
import { requireViewer } from "@/lib/auth/viewer";
import { HOUSE_IMPORT_PATH } from "@/lib/records/import-paths";
import { houseFilterChoices, listHouseCommittees, listHouses, mayExportHouseholds, type HouseListRow } from "@/lib/data/house-list";
import { recordCommitteeChoices } from "@/lib/data/records/record-access";
import { getFormat } from "@/lib/i18n/server";
import { countText, downloadHrefs, pageStatus, paginationLinks, sortHrefFor, withoutPosition } from "@/lib/lists/list-url";
import { formatPeriodCode, parsePeriodCode, periodLabelValues, type CalendarPeriodCode } from "@/lib/periods";
import { RECORD_PATHS } from "@/lib/records/paths";
import { vietnamYear } from "@/lib/time/vietnam";
import { HOUSE_STATUSES, type HouseStatusValue } from "@/lib/validation/house";
import { HOUSE_SORTS, houseListSchema, type HouseListParams } from "@/lib/validation/house-list";
import { parseSort } from "@/lib/validation/list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).nav.houses };
}

const PATH = RECORD_PATHS.house;
const EXPORT_PATH = "/api/xuat/nha";
const DEFAULT_SORT = "-ngay";

const STATUS_TONES: Record<HouseStatusValue, "neutral" | "info" | "success"> = { PLANNED: "neutral", BUILDING: "info", HANDED_OVER: "success" };

/** The periods the filter offers for one year: the year, its halves and quarters. */
function periodsOf(year: number): CalendarPeriodCode[] {
  return [
    { kind: "YEAR", year, sequence: 1 },
    { kind: "HALF_YEAR", year, sequence: 1 },
    { kind: "HALF_YEAR", year, sequence: 2 },
    ...[1, 2, 3, 4].map((sequence): CalendarPeriodCode => ({ kind: "QUARTER", year, sequence })),
  ];
}

export default async function HousesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = houseListSchema.parse(await searchParams);
  const viewer = await requireViewer();
  const [m, tPeriods, committees, choices, creatable] = await Promise.all([
    getMessages(),
    getTranslations("periods"),
    listHouseCommittees(viewer),
    houseFilterChoices(viewer),
    recordCommitteeChoices(viewer),
  ]);
  const h = m.houses;
  const current = vietnamYear();
  const years: number[] = [];
  for (let year = current; year >= Math.min(choices.firstYear ?? current, current); year--) years.push(year);
  const periodName = (period: CalendarPeriodCode) => tPeriods("label", periodLabelValues(period.kind, period.year, period.sequence));
  const chosen = params.ky ? parsePeriodCode(params.ky) : null;
  const offered = new Set(years.flatMap((year) => periodsOf(year).map(formatPeriodCode)));
  return (
    <WorkspacePage title={m.nav.houses} lead={h.lead} actions={
        creatable.length > 0 ? (
          <>
            <ButtonLink href={`${PATH}/moi`}>{h.new}</ButtonLink>
            <ButtonLink href={HOUSE_IMPORT_PATH} variant="secondary">
              {m.audit.actions.import}
            </ButtonLink>
          </>
        ) : null
      }
    >
      <Notices searchParams={searchParams} m={m} />
      <ListFilters keep={params.sap_xep === DEFAULT_SORT ? {} : { sap_xep: params.sap_xep }} submitLabel={m.common.filter} clearLabel={m.list.clearFilters} clearHref={PATH}>
        <FilterField label={h.search} className="sm:col-span-2">
          <Input name="q" type="search" defaultValue={params.q ?? ""} />
        </FilterField>
        <FilterField label={h.fields.committee} className="sm:col-span-2">
          <Select name="ban" defaultValue={params.ban ?? ""}>
            <option value="">{m.partners.allCommittees}</option>
            {committees.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        </FilterField>
        <FilterField label={h.period}>
          <Select name="ky" defaultValue={params.ky ?? ""}>
            <option value="">{m.conferences.allPeriods}</option>
            {chosen && params.ky && !offered.has(params.ky) ? (
              <option value={params.ky}>{chosen.kind === "PHASE" ? params.ky : periodName(chosen)}</option>
            ) : null}
            {years.map((year) => (
              <optgroup key={year} label={String(year)}>
                {periodsOf(year).map((period) => (
                  <option key={formatPeriodCode(period)} value={formatPeriodCode(period)}>
                    {periodName(period)}
                  </option>
                ))}
              </optgroup>
            ))}
          </Select>
        </FilterField>
        <FilterField label={h.fields.programme}>
          <Select name="chuong_trinh" defaultValue={params.chuong_trinh ?? ""}>
            <option value="">{h.allProgrammes}</option>
            {choices.programmes.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
        </FilterField>
        <FilterField label={m.admin.fields.status}>
          <Select name="trang_thai" defaultValue={params.trang_thai ?? ""}>
            <option value="">{m.admin.allStatuses}</option>
            {HOUSE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {h.statuses[status]}
              </option>
            ))}
          </Select>
        </FilterField>
        <FilterField label={m.records.kinds.campaign}>
          <Select name="phong_trao" defaultValue={params.phong_trao ?? ""}>
            <option value="">{m.conferences.allCampaigns}</option>
            {choices.campaigns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        </FilterField>
        <FilterField label={m.records.kinds.agreement} className="sm:col-span-2">
          <Select name="phoi_hop" defaultValue={params.phoi_hop ?? ""}>
            <option value="">{m.conferences.allAgreements}</option>
            {choices.agreements.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </Select>
        </FilterField>
      </ListFilters>
      <Suspense key={JSON.stringify(params)} fallback={<DataTableSkeleton columns={5} />}>
        <HousesTable params={params} m={m} exportHouseholds={mayExportHouseholds(viewer)} />
      </Suspense>
    </WorkspacePage>
  );
}

/** After a delete, or an Excel import (`nhap` = its batch, named only to the viewer who uploaded it). */
async function Notices({ searchParams, m }: { searchParams: Promise<Record<string, string | string[] | undefined>>; m: Messages }) {
  const { deleted, nhap } = await searchParams;
  const t = await getTranslations("houses");
  return (
    <>
      {deleted === "1" ? (
        <Alert tone="success" className="mb-4">
          {m.records.delete.done}
        </Alert>
      ) : null}
      <ImportedNotice kind="house" batchId={nhap} text={(values) => t("imported", values)} />
    </>
  );
}

async function HousesTable({ params, m, exportHouseholds }: { params: HouseListParams; m: Messages; exportHouseholds: boolean }) {
  const viewer = await requireViewer();
  const [list, tList, tPagination, tHouses, format] = await Promise.all([
    listHouses(viewer, params),
    getTranslations("list"),
    getTranslations("pagination"),
    getTranslations("houses"),
    getFormat(),
  ]);
  const h = m.houses;
  const sort = parseSort(params.sap_xep, HOUSE_SORTS);
  const columns: DataTableColumn<HouseListRow>[] = [
    {
      key: "house",
      header: m.records.kinds.house,
      className: "min-w-56",
      cell: (house) => (
        <>
          <Link href={`${PATH}/${house.id}`} className="font-semibold text-brand-800 hover:underline">
            {house.household ? (house.household.erased ? h.household.erased : house.household.name) : house.commune}
          </Link>
          <span className="block text-sm text-ink-600">
            {house.household ? `${house.commune} · ` : ""}
            {house.programmeName} · {h.works[house.work]}
          </span>
        </>
      ),
    },
    {
      key: "committee",
      header: h.fields.committee,
      className: "min-w-48",
      cell: (house) => (
        <>
          {house.committeeName}
          {house.shared ? (
            <span className="mt-1 block">
              <Badge tone="gold">{h.shared}</Badge>
            </span>
          ) : null}
        </>
      ),
    },
    {
      key: "handedOverOn",
      header: h.fields.handedOverOn,
      sort: "ngay",
      className: "whitespace-nowrap",
      cell: (house) => (
        <>
          <span className="block">{house.handedOverOn ? format.date(house.handedOverOn) : <span className="text-ink-600">{h.notHandedOver}</span>}</span>
          <span className="mt-1 block">
            <Badge tone={STATUS_TONES[house.status]}>{h.statuses[house.status]}</Badge>
          </span>
        </>
      ),
    },
    {
      key: "value",
      header: h.fields.value,
      sort: "gia_tri",
      align: "end",
      className: "whitespace-nowrap tabular-nums",
      cell: (house) => format.vnd(house.valueVnd),
    },
  ];
  const filters = withoutPosition(params);
  return (
    <>
      <ListToolbar count={countText(list.count, tList)} downloads={downloadHrefs(EXPORT_PATH, params, m.list)} />
      {exportHouseholds ? (
        <details className="mb-3 rounded-md border border-ink-200 bg-white px-4 py-3 text-sm shadow-sm">
          <summary className="cursor-pointer font-semibold text-ink-800">{h.export.title}</summary>
          <form method="get" action={EXPORT_PATH} className="mt-3 flex flex-col gap-3">
            {Object.entries(filters).map(([name, value]) => (value === undefined || value === "" ? null : <input key={name} type="hidden" name={name} value={String(value)} />))}
            <label className="flex items-start gap-2 text-ink-800">
              <input type="checkbox" name="ho_gia_dinh" value="1" className="mt-0.5 size-4" />
              <span>{h.export.include}</span>
            </label>
            <p className="text-ink-600">{h.export.note}</p>
            <div className="flex flex-wrap gap-2">
              <Button type="submit" name="dinh_dang" value="xlsx" variant="secondary" size="sm">
                {m.list.downloadExcel}
              </Button>
              <Button type="submit" name="dinh_dang" value="csv" variant="secondary" size="sm">
                {m.list.downloadCsv}
              </Button>
            </div>
          </form>
        </details>
      ) : null}
      <DataTable
        caption={h.table}
        columns={columns}
        rows={list.rows}
        rowKey={(house) => house.id}
        sort={{ slug: sort.slug, direction: sort.direction }}
        sortHref={sortHrefFor(PATH, params, DEFAULT_SORT)}
        empty={h.empty}
        labels={m.list}
        totals={{
          label: m.list.totals,
          cells: {
            house: (
              <span className="block">
                {tHouses("count", { count: Number(list.totals.houses) })} · {tHouses("handedOverCount", { count: Number(list.totals.handedOver) })}
              </span>
            ),
            value: <span className="tabular-nums">{format.vnd(list.totals.valueVnd)}</span>,
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
