import "server-only";
import { getDb, Prisma } from "@/lib/db";
import { can, type Viewer } from "@/lib/auth/policy";
import { parsePeriodCode } from "@/lib/periods";
import type { HouseholdCategoryValue, HouseStatusValue, HouseWorkValue } from "@/lib/validation/house";
import { HOUSE_SORTS, type HouseExportParams, type HouseListParams } from "@/lib/validation/house-list";
import { parseSort, positionOf } from "@/lib/validation/list";
import { audit } from "./audit";
import { householdVisible, houseReadScope } from "./houses";
import { bigintKey, textKey, timestampKey, type KeyCodec } from "./list/cursor";
import { containsPattern, keysetBatches, readListPage, sqlTotals, whereAll, type KeysetQuery, type KeysetSource } from "./list/keyset";
import { figureRecordsFilter, listPeriod } from "./figure-lists";
import { committeeScope } from "./scope";

export const HOUSE_PAGE_SIZE = 20;

export type HouseListRow = {
  id: string;
  committeeId: string;
  committeeName: string;
  programmeName: string;
  work: HouseWorkValue;
  status: HouseStatusValue;
  commune: string;
  valueVnd: bigint;
  startedOn: Date | null;
  handedOverOn: Date | null;
  createdAt: Date;
  /** The house's committee is outside the viewer's scope: read as a funder. */
  shared: boolean;
  /** Null when the viewer may not see the household. */
  household: { name: string; category: HouseholdCategoryValue; address: string | null; erased: boolean } | null;
  campaignName: string | null;
  agreementTitle: string | null;
  /** "Contributor: amount; …" in the order entered. */
  fundings: string | null;
  /** The date sort's key: the day of handover, 9999-12-31 for houses not handed over yet. */
  sortOn: string;
};

type HouseSort = (typeof HOUSE_SORTS)[keyof typeof HOUSE_SORTS];

/** A day as yyyy-mm-dd, compared in SQL with a date. */
const dayKey: KeyCodec = {
  encode: (value) => String(value),
  decode: (raw) => (typeof raw === "string" && /^\d{4}-\d{2}-\d{2}$/.test(raw) ? raw : undefined),
};

const NOT_YET = Prisma.sql`'9999-12-31'::date`;

/**
 * Houses with their committee and programme. The household's columns leave
 * the database only where the viewer may see them (householdVisible): a
 * funder's rows carry nulls. Each sort is backed by an index on (sort, id);
 * the date sort by an expression index that puts houses not handed over yet
 * after (ascending) or before (descending) the dated ones.
 */
function housesSource(viewer: Viewer): KeysetSource<HouseListRow, HouseSort> {
  const visible = householdVisible(viewer);
  return {
    from: Prisma.sql`house_handovers h join committees c on c.id = h.committee_id join housing_programmes hp on hp.id = h.programme_id`,
    select: Prisma.sql`h.id, h.committee_id, c.name as committee_name, hp.name as programme_name, h.work::text as work, h.status::text as status,
      h.commune, h.value_vnd, h.started_on, h.handed_over_on, h.created_at,
      not ${committeeScope(viewer, "record", Prisma.sql`h.committee_id`)} as shared,
      (${visible}) as household_visible,
      case when ${visible} then h.household_name end as household_name,
      case when ${visible} then h.household_category::text end as household_category,
      case when ${visible} then h.address end as address,
      case when ${visible} then h.household_erased_at is not null end as household_erased,
      (select name from campaigns where id = h.campaign_id) as campaign_name,
      (select title from agreements where id = h.agreement_id) as agreement_title,
      (select string_agg(coalesce(fc.name, fp.name, f.contributor_name) || ': ' || f.amount_vnd::text, '; ' order by f.id)
         from house_fundings f left join committees fc on fc.id = f.contributor_committee_id left join partners fp on fp.id = f.contributor_partner_id
        where f.house_id = h.id) as fundings,
      to_char(coalesce(h.handed_over_on, ${NOT_YET}), 'YYYY-MM-DD') as sort_on`,
    id: { column: Prisma.sql`h.id`, codec: textKey, value: (row) => row.id },
    sorts: {
      handedOverOn: { column: Prisma.sql`coalesce(h.handed_over_on, ${NOT_YET})`, codec: dayKey, value: (row) => row.sortOn },
      value: { column: Prisma.sql`h.value_vnd`, codec: bigintKey, value: (row) => row.valueVnd },
      createdAt: { column: Prisma.sql`h.created_at`, codec: timestampKey, value: (row) => row.createdAt },
    },
    map: (raw) => ({
      id: raw.id as string,
      committeeId: raw.committee_id as string,
      committeeName: raw.committee_name as string,
      programmeName: raw.programme_name as string,
      work: raw.work as HouseWorkValue,
      status: raw.status as HouseStatusValue,
      commune: raw.commune as string,
      valueVnd: BigInt(raw.value_vnd as bigint),
      startedOn: (raw.started_on as Date | null) ?? null,
      handedOverOn: (raw.handed_over_on as Date | null) ?? null,
      createdAt: raw.created_at as Date,
      shared: raw.shared === true,
      household:
        raw.household_visible === true
          ? { name: raw.household_name as string, category: raw.household_category as HouseholdCategoryValue, address: (raw.address as string | null) ?? null, erased: raw.household_erased === true }
          : null,
      campaignName: (raw.campaign_name as string | null) ?? null,
      agreementTitle: (raw.agreement_title as string | null) ?? null,
      fundings: (raw.fundings as string | null) ?? null,
      sortOn: raw.sort_on as string,
    }),
  };
}

/**
 * The list's WHERE: what the viewer reads (by committee, or as a funder), not
 * deleted, and the filters. `ban` keeps the committee's subtree and history
 * (readable_committee_ids), within the viewer's scope; `ky` the houses handed
 * over in the period; the search finds the commune, and the household's name
 * where the viewer may see it, ignoring case and diacritics.
 */
async function houseQueryOf(viewer: Viewer, params: HouseListParams): Promise<KeysetQuery<HouseSort>> {
  const { key, direction } = parseSort(params.sap_xep, HOUSE_SORTS);
  const code = params.ky ? parsePeriodCode(params.ky) : null;
  const period = await listPeriod(viewer, code, params.ban);
  const pattern = params.q ? containsPattern(params.q) : null;
  return {
    where: whereAll([
      Prisma.sql`h.deleted_at is null`,
      houseReadScope(viewer),
      // Opened from a dashboard figure: exactly the houses behind it (handed over, or funded, by the committee's reach then).
      figureRecordsFilter("house", Prisma.sql`h.id`, params, period) ??
        (params.ban ? Prisma.sql`h.committee_id in (select readable_committee_ids(${params.ban}))` : null),
      period ? Prisma.sql`h.handed_over_on between ${period.startsOn}::date and ${period.endsOn}::date` : null,
      params.chuong_trinh ? Prisma.sql`h.programme_id = ${params.chuong_trinh}` : null,
      params.trang_thai ? Prisma.sql`h.status = ${params.trang_thai}::house_status` : null,
      params.phong_trao ? Prisma.sql`h.campaign_id = ${params.phong_trao}` : null,
      params.phoi_hop ? Prisma.sql`h.agreement_id = ${params.phoi_hop}` : null,
      pattern
        ? Prisma.sql`(unaccent_vi(h.commune) like unaccent_vi(${pattern})
            or (${householdVisible(viewer)} and unaccent_vi(h.household_name) like unaccent_vi(${pattern})))`
        : null,
    ]),
    sort: key,
    direction,
  };
}

export type HouseTotals = Record<"houses" | "valueVnd" | "handedOver" | "handedOverValueVnd", bigint>;

const FROM_TOTALS = Prisma.sql`house_handovers h`;

/** How many houses the filters select and what they are worth, in all and handed over (one SQL statement). */
function houseTotals(where: Prisma.Sql): Promise<HouseTotals> {
  return sqlTotals(getDb(), FROM_TOTALS, where, {
    houses: Prisma.sql`count(*)`,
    valueVnd: Prisma.sql`coalesce(sum(h.value_vnd), 0)`,
    handedOver: Prisma.sql`count(*) filter (where h.status = 'HANDED_OVER')`,
    handedOverValueVnd: Prisma.sql`coalesce(sum(h.value_vnd) filter (where h.status = 'HANDED_OVER'), 0)`,
  });
}

/** One page of the houses the viewer reads, the count the filters select and their totals. */
export async function listHouses(viewer: Viewer, params: HouseListParams) {
  const db = getDb();
  const query = await houseQueryOf(viewer, params);
  const [page, totals] = await Promise.all([readListPage(db, housesSource(viewer), query, positionOf(params), HOUSE_PAGE_SIZE), houseTotals(query.where)]);
  return { ...page, totals };
}

/** May the viewer put household details in a download (a leader, an admin)? */
export function mayExportHouseholds(viewer: Viewer): boolean {
  return can(viewer, "export", { type: "household", committeeId: viewer.committeeId, relation: "own" });
}

const NOT_FILTERS = new Set(["ho_gia_dinh", "trang", "sau", "truoc", "cuoi"]);

/**
 * Every house the filters select, in batches, with the totals from SQL.
 * Household details are left out unless asked for by a viewer who may
 * export them, and then only on the rows whose household the viewer sees;
 * such a download is audited with its filters.
 */
export async function exportHouses(viewer: Viewer, params: HouseExportParams) {
  const query = await houseQueryOf(viewer, params);
  const includeHousehold = params.ho_gia_dinh === "1" && mayExportHouseholds(viewer);
  if (includeHousehold) {
    const filters = Object.fromEntries(Object.entries(params).filter(([key, value]) => value !== undefined && !NOT_FILTERS.has(key)));
    await getDb().$transaction((tx) =>
      audit(tx, viewer, { action: "export", entity: "house", committeeId: viewer.committeeId, after: { householdDetails: true, filters } }),
    );
  }
  const batches = keysetBatches(getDb(), housesSource(viewer), query);
  return { totals: await houseTotals(query.where), batches: includeHousehold ? batches : withoutHouseholds(batches), includeHousehold };
}

async function* withoutHouseholds(batches: AsyncIterable<HouseListRow[]>): AsyncGenerator<HouseListRow[]> {
  for await (const rows of batches) yield rows.map((row) => ({ ...row, household: null }));
}

/** The committees whose houses the viewer reads by scope and that have houses: the committee filter's choices. */
export async function listHouseCommittees(viewer: Viewer): Promise<{ id: string; name: string }[]> {
  return getDb().$queryRaw<{ id: string; name: string }[]>`
    select c.id, c.name from committees c
     where ${committeeScope(viewer, "record", Prisma.sql`c.id`)}
       and exists (select 1 from house_handovers h where h.committee_id = c.id and h.deleted_at is null)
     order by c.name, c.id`;
}

/** The filters' other choices: programmes, and the campaigns and agreements of the houses the viewer reads. */
export async function houseFilterChoices(viewer: Viewer) {
  const db = getDb();
  const scope = Prisma.sql`h.deleted_at is null and ${houseReadScope(viewer)}`;
  const [programmes, campaigns, agreements, years] = await Promise.all([
    db.$queryRaw<{ id: string; name: string; active: boolean }[]>`select id, name, active from housing_programmes order by position, name, id`,
    db.$queryRaw<{ id: string; name: string }[]>`
      select c.id, c.name from campaigns c where exists (select 1 from house_handovers h where h.campaign_id = c.id and ${scope}) order by c.name, c.id`,
    db.$queryRaw<{ id: string; name: string }[]>`
      select a.id, a.title as name from agreements a where exists (select 1 from house_handovers h where h.agreement_id = a.id and ${scope}) order by a.signed_on desc, a.id`,
    db.$queryRaw<{ first: number | null }[]>`select min(extract(year from h.handed_over_on))::int as first from house_handovers h where ${scope}`,
  ]);
  return { programmes, campaigns, agreements, firstYear: years[0]?.first ?? null };
}
