import type { Metadata } from "next";
import type { Messages } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Suspense } from "react";
import { reviewedPeriodText } from "@/components/conferences/conference-choices";
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
import { listConferenceCommittees, listConferences, type ConferenceRow } from "@/lib/data/conference-list";
import { listAgreementChoices, listCampaignChoices } from "@/lib/data/conferences";
import { recordCommitteeChoices } from "@/lib/data/records/record-access";
import { getFormat } from "@/lib/i18n/server";
import { countText, downloadHrefs, listHref, pageStatus, paginationLinks, sortHrefFor, withoutPosition } from "@/lib/lists/list-url";
import { parsePeriodCode, periodLabelValues, type PeriodCode } from "@/lib/periods";
import { RECORD_PATHS } from "@/lib/records/paths";
import { currentPeriod, vietnamYear } from "@/lib/time/vietnam";
import { CONFERENCE_KINDS } from "@/lib/validation/conference";
import { CONFERENCE_DEFAULT_SORT, CONFERENCE_SORTS, conferenceListSchema, type ConferenceListParams } from "@/lib/validation/conference-list";
import { POSITION_KEYS, parseSort } from "@/lib/validation/list";
import { timeText } from "@/lib/validation/record";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).records.kinds.conference };
}

const PATH = RECORD_PATHS.conference;
/** The first year the picker offers (the seeded records start in 2022). */
const FIRST_YEAR = 2022;

type SearchParams = Record<string, string | string[] | undefined>;

export default async function ConferencesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const raw = await searchParams;
  const params = conferenceListSchema.parse(raw);
  const viewer = await requireViewer();
  const [m, t, committees, campaigns, agreements, creatable] = await Promise.all([
    getMessages(),
    getTranslations(),
    listConferenceCommittees(viewer),
    listCampaignChoices(viewer),
    listAgreementChoices(viewer),
    recordCommitteeChoices(viewer),
  ]);
  const c = m.conferences;
  const code = params.ky ? parsePeriodCode(params.ky) : null;
  const selected: PeriodCode = code ?? currentPeriod("CALENDAR", "YEAR");
  const withoutPeriod = { ...withoutPosition(params), ky: undefined };
  const keep = Object.fromEntries(
    Object.entries({ ky: params.ky, sap_xep: params.sap_xep === CONFERENCE_DEFAULT_SORT ? undefined : params.sap_xep }).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  return (
    <WorkspacePage title={m.records.kinds.conference} lead={c.lead} actions={creatable.length > 0 ? <ButtonLink href={`${PATH}/moi`}>{c.new}</ButtonLink> : null}>
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
        anyPeriod={{ label: c.allPeriods, href: listHref(PATH, withoutPeriod), active: !code }}
      />
      <ListFilters keep={keep} submitLabel={m.common.filter} clearLabel={m.list.clearFilters} clearHref={PATH} wide>
        <FilterField label={c.search} className="lg:col-span-2">
          <Input name="q" type="search" defaultValue={params.q ?? ""} />
        </FilterField>
        <FilterField label={c.committeeFilter} className="lg:col-span-2">
          <Select name="ban" defaultValue={params.ban ?? ""}>
            <option value="">{m.partners.allCommittees}</option>
            {committees.map((committee) => (
              <option key={committee.id} value={committee.id}>
                {committee.name}
              </option>
            ))}
          </Select>
        </FilterField>
        <FilterField label={c.fields.kind} className="lg:col-span-2">
          <Select name="loai" defaultValue={params.loai ?? ""}>
            <option value="">{c.allKinds}</option>
            {CONFERENCE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {c.kinds[kind]}
              </option>
            ))}
          </Select>
        </FilterField>
        <FilterField label={m.records.kinds.campaign} className="lg:col-span-3">
          <Select name="phong_trao" defaultValue={params.phong_trao ?? ""}>
            <option value="">{c.allCampaigns}</option>
            {campaigns.map((campaign) => (
              <option key={campaign.id} value={campaign.id}>
                {campaign.name}
              </option>
            ))}
          </Select>
        </FilterField>
        <FilterField label={m.records.kinds.agreement} className="lg:col-span-3">
          <Select name="phoi_hop" defaultValue={params.phoi_hop ?? ""}>
            <option value="">{c.allAgreements}</option>
            {agreements.map((agreement) => (
              <option key={agreement.id} value={agreement.id}>
                {agreement.name}
              </option>
            ))}
          </Select>
        </FilterField>
      </ListFilters>
      <Suspense key={JSON.stringify(params)} fallback={<DataTableSkeleton columns={5} />}>
        <ConferencesTable params={params} m={m} />
      </Suspense>
    </WorkspacePage>
  );
}

async function ConferencesTable({ params, m }: { params: ConferenceListParams; m: Messages }) {
  const viewer = await requireViewer();
  const [list, t, tList, tPagination, format] = await Promise.all([listConferences(viewer, params), getTranslations(), getTranslations("list"), getTranslations("pagination"), getFormat()]);
  const c = m.conferences;
  const sort = parseSort(params.sap_xep, CONFERENCE_SORTS);
  const periodLabels = {
    period: (values: Parameters<typeof t<"periods.label">>[1]) => t("periods.label", values),
    phase: (campaign: string, phase: string) => t("conferences.phaseName", { campaign, phase }),
  };
  const columns: DataTableColumn<ConferenceRow>[] = [
    {
      key: "heldOn",
      header: c.fields.heldOn,
      sort: "ngay",
      className: "whitespace-nowrap",
      cell: (row) => (
        <>
          <time dateTime={format.isoDate(row.heldOn)}>{format.date(row.heldOn)}</time>
          {row.startTime ? <span className="block text-ink-600">{timeText(row.startTime)}</span> : null}
        </>
      ),
    },
    {
      key: "title",
      header: c.fields.title,
      sort: "ten",
      className: "min-w-72",
      cell: (row) => (
        <>
          <Link href={`${PATH}/${row.id}`} className="font-semibold text-brand-800 hover:underline">
            {row.title}
          </Link>
          <span className="mt-1 flex flex-wrap items-center gap-1.5">
            <Badge tone="brand">{c.kinds[row.kind]}</Badge>
            {row.shared ? <Badge tone="info">{c.shared}</Badge> : null}
            {row.period ? <span className="text-ink-600">{reviewedPeriodText(row.period, periodLabels)}</span> : null}
          </span>
        </>
      ),
    },
    {
      key: "hosts",
      header: c.fields.host,
      className: "min-w-56",
      cell: (row) => (
        <>
          {row.committeeName}
          {row.coHosts.length > 0 ? <span className="block text-ink-600">{row.coHosts.join("; ")}</span> : null}
        </>
      ),
    },
    { key: "place", header: c.fields.place, className: "min-w-40", cell: (row) => row.place ?? <span className="text-ink-500">—</span> },
    {
      key: "attendance",
      header: c.fields.attendance,
      align: "end",
      className: "whitespace-nowrap tabular-nums",
      cell: (row) => (row.attendance === null ? <span className="text-ink-500">—</span> : format.number(row.attendance)),
    },
  ];
  return (
    <>
      <ListToolbar count={countText(list.count, tList)} downloads={downloadHrefs("/api/xuat/hoi-nghi", params, m.list)} />
      <DataTable
        caption={c.table}
        columns={columns}
        rows={list.rows}
        rowKey={(row) => row.id}
        sort={{ slug: sort.slug, direction: sort.direction }}
        sortHref={sortHrefFor(PATH, params, CONFERENCE_DEFAULT_SORT)}
        empty={c.empty}
        labels={m.list}
        totals={{
          label: m.list.totals,
          cells: {
            heldOn: t("conferences.count", { count: Number(list.totals.conferences) }),
            title: (
              <ul className="flex flex-wrap gap-x-4 font-normal">
                {CONFERENCE_KINDS.filter((kind) => list.totals[kind] > 0n).map((kind) => (
                  <li key={kind}>{tList("countOf", { label: c.kinds[kind], count: Number(list.totals[kind]) })}</li>
                ))}
              </ul>
            ),
            attendance: t("conferences.attendanceTotal", { count: Number(list.totals.attendance) }),
          },
        }}
      />
      <KeysetPagination
        className="mt-4"
        links={paginationLinks(PATH, params, CONFERENCE_DEFAULT_SORT, list, list.pageCount)}
        status={pageStatus(list.page, list.pageCount, tPagination)}
        labels={m.pagination}
      />
    </>
  );
}
