import type { Metadata } from "next";
import type { Messages } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Suspense } from "react";
import { pickerYears } from "@/components/periods/period-choices";
import { ImportedNotice } from "@/components/imports/imported-notice";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { DataTable, DataTableSkeleton, type DataTableColumn } from "@/components/ui/data-table";
import { Input, Select } from "@/components/ui/field";
import { KeysetPagination } from "@/components/ui/keyset-pagination";
import { FilterField, ListFilters } from "@/components/ui/list-filters";
import { ListToolbar } from "@/components/ui/list-toolbar";
import { requireViewer } from "@/lib/auth/viewer";
import { activityCommitteeChoices, activityIndicators, activityLinkChoices } from "@/lib/data/activities";
import { firstActivityYear, listActivities, type ActivityRow } from "@/lib/data/activity-list";
import { recordCommitteeChoices } from "@/lib/data/records/record-access";
import { getFormat } from "@/lib/i18n/server";
import { hundredthsText } from "@/lib/lists/activity-list-export";
import { countText, downloadHrefs, pageStatus, paginationLinks, sortHrefFor } from "@/lib/lists/list-url";
import { formatPeriodCode, periodLabelValues, type CalendarPeriodCode, type PeriodCode } from "@/lib/periods";
import { ACTIVITY_IMPORT_PATH } from "@/lib/records/import-paths";
import { RECORD_PATHS } from "@/lib/records/paths";
import { vietnamYear } from "@/lib/time/vietnam";
import { ACTIVITY_SORTS, DEFAULT_ACTIVITY_SORT, activityListNotices, activityListSchema, type ActivityListParams } from "@/lib/validation/activity-list";
import { parseSort } from "@/lib/validation/list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).nav.activities };
}

const PATH = RECORD_PATHS.activity;

/** The period filter's choices per year: the year, its halves, nine months and quarters (months and phases come through the URL). */
const PERIOD_CHOICES: readonly Omit<CalendarPeriodCode, "year">[] = [
  { kind: "YEAR", sequence: 1 },
  { kind: "HALF_YEAR", sequence: 1 },
  { kind: "HALF_YEAR", sequence: 2 },
  { kind: "NINE_MONTHS", sequence: 1 },
  { kind: "QUARTER", sequence: 1 },
  { kind: "QUARTER", sequence: 2 },
  { kind: "QUARTER", sequence: 3 },
  { kind: "QUARTER", sequence: 4 },
];

/** The URL's params as list links keep them (the period as its code). */
function urlParams(params: ActivityListParams) {
  return { ...params, ky: params.ky ? formatPeriodCode(params.ky) : undefined };
}

export default async function ActivitiesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const params = activityListSchema.parse(raw);
  const notices = activityListNotices.parse(raw);
  const viewer = await requireViewer();
  const [m, t, committees, indicators, links, creatable, firstYear] = await Promise.all([
    getMessages(),
    getTranslations(),
    activityCommitteeChoices(viewer),
    activityIndicators(),
    activityLinkChoices(viewer),
    recordCommitteeChoices(viewer),
    firstActivityYear(viewer),
  ]);
  const a = m.activities;
  const years = pickerYears(firstYear ?? vietnamYear(), vietnamYear());
  const periodName = (kind: CalendarPeriodCode["kind"] | "PHASE", year: number, sequence: number) => t("periods.label", periodLabelValues(kind, year, sequence));
  const selectedPeriod = params.ky ? formatPeriodCode(params.ky) : "";
  const listedPeriod = (period: PeriodCode) => period.kind !== "PHASE" && period.kind !== "MONTH" && years.includes(period.year);
  const keep: Record<string, string> = params.sap_xep === DEFAULT_ACTIVITY_SORT ? {} : { sap_xep: params.sap_xep };
  return (
    <WorkspacePage
      title={m.nav.activities}
      lead={a.lead}
      actions={
        creatable.length > 0 ? (
          <>
            <ButtonLink href={`${PATH}/moi`}>{a.new}</ButtonLink>
            <ButtonLink href={ACTIVITY_IMPORT_PATH} variant="secondary">
              {m.audit.actions.import}
            </ButtonLink>
          </>
        ) : null
      }
    >
      {notices.deleted ? (
        <Alert tone="success" className="mb-4">
          {m.records.delete.done}
        </Alert>
      ) : null}
      <ImportedNotice kind="activity" batchId={notices.nhap} text={(values) => t("activities.imported", values)} />
      <ListFilters wide keep={keep} submitLabel={m.common.filter} clearLabel={m.list.clearFilters} clearHref={PATH}>
        <FilterField label={a.search} className="sm:col-span-2 lg:col-span-2">
          <Input name="q" type="search" defaultValue={params.q ?? ""} />
        </FilterField>
        <FilterField label={a.fields.committee}>
          <Select name="ban" defaultValue={params.ban ?? ""}>
            <option value="">{m.partners.allCommittees}</option>
            {committees.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        </FilterField>
        <FilterField label={m.periodPicker.period}>
          <Select name="ky" defaultValue={selectedPeriod}>
            <option value="">{a.allPeriods}</option>
            {params.ky && !listedPeriod(params.ky) ? (
              <option value={selectedPeriod}>{params.ky.kind === "PHASE" ? selectedPeriod : periodName(params.ky.kind, params.ky.year, params.ky.sequence)}</option>
            ) : null}
            {years.map((year) => (
              <optgroup key={year} label={String(year)}>
                {PERIOD_CHOICES.map((choice) => (
                  <option key={`${year}-${choice.kind}-${choice.sequence}`} value={formatPeriodCode({ ...choice, year })}>
                    {periodName(choice.kind, year, choice.sequence)}
                  </option>
                ))}
              </optgroup>
            ))}
          </Select>
        </FilterField>
        <FilterField label={a.fields.indicator}>
          <Select name="chi_so" defaultValue={params.chi_so ?? ""}>
            <option value="">{a.allIndicators}</option>
            {indicators.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name}
              </option>
            ))}
          </Select>
        </FilterField>
        <FilterField label={m.records.kinds.campaign}>
          <Select name="phong_trao" defaultValue={params.phong_trao ?? ""}>
            <option value="">{a.allCampaigns}</option>
            {links.campaigns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        </FilterField>
        <FilterField label={m.records.kinds.agreement} className="sm:col-span-2 lg:col-span-2">
          <Select name="phoi_hop" defaultValue={params.phoi_hop ?? ""}>
            <option value="">{a.allAgreements}</option>
            {links.agreements.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </Select>
        </FilterField>
        {params.hoi_nghi ? <input type="hidden" name="hoi_nghi" value={params.hoi_nghi} /> : null}
      </ListFilters>
      <Suspense key={JSON.stringify(urlParams(params))} fallback={<DataTableSkeleton columns={5} />}>
        <ActivitiesTable params={params} m={m} />
      </Suspense>
    </WorkspacePage>
  );
}

async function ActivitiesTable({ params, m }: { params: ActivityListParams; m: Messages }) {
  const viewer = await requireViewer();
  const [list, t, tList, tPagination, format] = await Promise.all([
    listActivities(viewer, params),
    getTranslations("activities"),
    getTranslations("list"),
    getTranslations("pagination"),
    getFormat(),
  ]);
  const a = m.activities;
  const url = urlParams(params);
  const sort = parseSort(params.sap_xep, ACTIVITY_SORTS);
  const quantity = (text: string) => format.number(Number(text), { maximumFractionDigits: 2 });
  const oneIndicator = params.chi_so ? list.rows[0] : undefined;
  const columns: DataTableColumn<ActivityRow>[] = [
    { key: "occurredOn", header: a.fields.occurredOn, sort: "ngay", className: "whitespace-nowrap", cell: (row) => format.date(row.occurredOn) },
    {
      key: "title",
      header: a.fields.title,
      sort: "ten",
      className: "min-w-60",
      cell: (row) => (
        <>
          <Link href={`${PATH}/${row.id}`} className="font-semibold text-brand-800 hover:underline">
            {row.title}
          </Link>
          <span className="block text-sm text-ink-600">{row.indicatorName}</span>
          <span className="block text-sm text-ink-600">{row.committeeName}</span>
        </>
      ),
    },
    {
      key: "quantity",
      header: a.fields.quantity,
      sort: "so_luong",
      align: "end",
      className: "whitespace-nowrap tabular-nums",
      cell: (row) => `${quantity(row.quantity)} ${row.indicatorUnit}`,
    },
    { key: "value", header: a.fields.value, sort: "gia_tri", align: "end", className: "whitespace-nowrap tabular-nums", cell: (row) => (row.valueVnd === null ? "—" : format.vnd(row.valueVnd)) },
    { key: "beneficiaries", header: a.fields.beneficiaries, align: "end", className: "tabular-nums", cell: (row) => (row.beneficiaries === null ? "—" : format.number(row.beneficiaries)) },
  ];
  const totals = list.totals;
  return (
    <>
      <ListToolbar count={countText(list.count, tList)} downloads={downloadHrefs("/api/xuat/hoat-dong", url, m.list)} />
      <DataTable
        caption={a.table}
        columns={columns}
        rows={list.rows}
        rowKey={(row) => row.id}
        sort={{ slug: sort.slug, direction: sort.direction }}
        sortHref={sortHrefFor(PATH, url, DEFAULT_ACTIVITY_SORT)}
        empty={a.empty}
        labels={m.list}
        totals={{
          label: m.list.totals,
          cells: {
            title: t("count", { count: Number(totals.activities) }),
            quantity: oneIndicator ? `${quantity(hundredthsText(totals.quantityHundredths))} ${oneIndicator.indicatorUnit}` : undefined,
            value: format.vnd(totals.valueVnd),
            beneficiaries: format.number(totals.beneficiaries),
          },
        }}
      />
      {!params.chi_so && totals.activities > 0n ? <p className="mt-2 text-sm text-ink-600">{a.totals.pickIndicator}</p> : null}
      <KeysetPagination
        className="mt-4"
        links={paginationLinks(PATH, url, DEFAULT_ACTIVITY_SORT, list, list.pageCount)}
        status={pageStatus(list.page, list.pageCount, tPagination)}
        labels={m.pagination}
      />
    </>
  );
}
