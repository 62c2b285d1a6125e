import "server-only";
import { getDb, Prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/policy";
import { parseSort, positionOf } from "@/lib/validation/list";
import { ACTIVITY_SORTS, type ActivityListParams } from "@/lib/validation/activity-list";
import { bigintKey, textKey, timestampKey, type KeyCodec } from "./list/cursor";
import { containsPattern, keysetBatches, readListPage, sqlTotals, whereAll, type KeysetQuery, type KeysetSource } from "./list/keyset";
import { activityScope } from "./activities";
import { figureRecordsFilter, listPeriod } from "./figure-lists";
import type { ResolvedPeriod } from "./periods";

export const ACTIVITY_PAGE_SIZE = 20;

export type ActivityRow = {
  id: string;
  title: string;
  occurredOn: Date;
  /** numeric(14,2) as text ("2.5"), never a float. */
  quantity: string;
  valueVnd: bigint | null;
  beneficiaries: number | null;
  place: string | null;
  committeeId: string;
  committeeName: string;
  indicatorName: string;
  indicatorUnit: string;
  campaignName: string | null;
  agreementTitle: string | null;
  conferenceTitle: string | null;
  partners: string | null;
  coOrganisers: string | null;
  description: string | null;
};

type ActivitySort = (typeof ACTIVITY_SORTS)[keyof typeof ACTIVITY_SORTS];

/** A numeric sort key: digits with an optional fraction, so a forged cursor never reaches SQL as something else. */
const decimalKey: KeyCodec = {
  encode: (value) => String(value),
  decode: (raw) => (typeof raw === "string" && /^\d{1,12}(\.\d{1,2})?$/.test(raw) ? raw : undefined),
};

/**
 * Activities with their committee and indicator, the names of what they are
 * linked to and their co-organisers. Each sort is backed by an index on
 * (column, id); the value sort reads no value as -1 (an expression index).
 */
export const activitiesSource: KeysetSource<ActivityRow, ActivitySort> = {
  from: Prisma.sql`activities a join committees c on c.id = a.committee_id join indicators i on i.id = a.indicator_id
    left join campaigns k on k.id = a.campaign_id left join agreements g on g.id = a.agreement_id left join conferences f on f.id = a.conference_id`,
  select: Prisma.sql`a.id, a.title, a.occurred_on, a.quantity::text as quantity, a.value_vnd, a.beneficiaries, a.place, a.description, a.committee_id,
    c.name as committee_name, i.name as indicator_name, i.unit as indicator_unit, k.name as campaign_name, g.title as agreement_title, f.title as conference_title,
    (select string_agg(p.name, '; ' order by p.name) from activity_partners ap join partners p on p.id = ap.partner_id where ap.activity_id = a.id) as partners,
    (select string_agg(oc.name, '; ' order by oc.name) from activity_committees ac join committees oc on oc.id = ac.committee_id where ac.activity_id = a.id) as co_organisers`,
  id: { column: Prisma.sql`a.id`, codec: textKey, value: (row) => row.id },
  sorts: {
    occurredOn: { column: Prisma.sql`a.occurred_on`, codec: timestampKey, value: (row) => row.occurredOn },
    title: { column: Prisma.sql`a.title`, codec: textKey, value: (row) => row.title },
    quantity: { column: Prisma.sql`a.quantity`, codec: decimalKey, value: (row) => row.quantity },
    value: { column: Prisma.sql`coalesce(a.value_vnd, -1)`, codec: bigintKey, value: (row) => row.valueVnd ?? -1n },
  },
  map: (raw) => ({
    id: raw.id as string,
    title: raw.title as string,
    occurredOn: raw.occurred_on as Date,
    quantity: raw.quantity as string,
    valueVnd: (raw.value_vnd as bigint | null) ?? null,
    beneficiaries: (raw.beneficiaries as number | null) ?? null,
    place: (raw.place as string | null) ?? null,
    description: (raw.description as string | null) ?? null,
    committeeId: raw.committee_id as string,
    committeeName: raw.committee_name as string,
    indicatorName: raw.indicator_name as string,
    indicatorUnit: raw.indicator_unit as string,
    campaignName: (raw.campaign_name as string | null) ?? null,
    agreementTitle: (raw.agreement_title as string | null) ?? null,
    conferenceTitle: (raw.conference_title as string | null) ?? null,
    partners: (raw.partners as string | null) ?? null,
    coOrganisers: (raw.co_organisers as string | null) ?? null,
  }),
};

/** The dates of the `ky` filter, when one is given. */
export async function activityPeriod(viewer: Viewer, params: ActivityListParams): Promise<ResolvedPeriod | null> {
  return listPeriod(viewer, params.ky ?? null, params.ban);
}

/**
 * The list's WHERE: what the viewer reads (its scope, and activities shared
 * with its lineage), never deleted ones, and the filters: the committee's
 * subtree and history (`ban`), the period by the activity's own date (`ky`),
 * indicator, campaign, agreement, conference and a title search that ignores
 * case and diacritics.
 */
export function activityQueryOf(viewer: Viewer, params: ActivityListParams, period: ResolvedPeriod | null): KeysetQuery<ActivitySort> {
  const { key, direction } = parseSort(params.sap_xep, ACTIVITY_SORTS);
  const pattern = params.q ? containsPattern(params.q) : null;
  return {
    where: whereAll([
      Prisma.sql`a.deleted_at is null`,
      activityScope(viewer),
      // Opened from a dashboard figure: exactly the records behind it; else the committee's subtree and history.
      figureRecordsFilter("activity", Prisma.sql`a.id`, params, period) ??
        (params.ban ? Prisma.sql`a.committee_id in (select readable_committee_ids(${params.ban}))` : null),
      period ? Prisma.sql`a.occurred_on between ${period.startsOn}::date and ${period.endsOn}::date` : null,
      params.chi_so ? Prisma.sql`a.indicator_id = ${params.chi_so}` : null,
      params.phong_trao ? Prisma.sql`a.campaign_id = ${params.phong_trao}` : null,
      params.phoi_hop ? Prisma.sql`a.agreement_id = ${params.phoi_hop}` : null,
      params.hoi_nghi ? Prisma.sql`a.conference_id = ${params.hoi_nghi}` : null,
      pattern ? Prisma.sql`unaccent_vi(a.title) like unaccent_vi(${pattern})` : null,
    ]),
    sort: key,
    direction,
  };
}

export type ActivityTotals = {
  activities: bigint;
  valueVnd: bigint;
  beneficiaries: bigint;
  /** The sum of quantities in hundredths (numeric(14,2) summed exactly); meaningful only within one indicator. */
  quantityHundredths: bigint;
};

/** What the filters select, summed in one SQL statement. */
function activityTotals(where: Prisma.Sql): Promise<ActivityTotals> {
  return sqlTotals(getDb(), activitiesSource.from, where, {
    activities: Prisma.sql`count(*)`,
    valueVnd: Prisma.sql`coalesce(sum(a.value_vnd), 0)`,
    beneficiaries: Prisma.sql`coalesce(sum(a.beneficiaries), 0)`,
    quantityHundredths: Prisma.sql`coalesce(sum(a.quantity * 100), 0)`,
  });
}

/** One page of the activities the viewer reads, the count the filters select and their totals. */
export async function listActivities(viewer: Viewer, params: ActivityListParams) {
  const db = getDb();
  const period = await activityPeriod(viewer, params);
  const query = activityQueryOf(viewer, params, period);
  const [page, totals] = await Promise.all([readListPage(db, activitiesSource, query, positionOf(params), ACTIVITY_PAGE_SIZE), activityTotals(query.where)]);
  return { ...page, totals, period };
}

/** Every activity the filters select, in batches, with the totals from SQL. */
export async function exportActivities(viewer: Viewer, params: ActivityListParams) {
  const period = await activityPeriod(viewer, params);
  const query = activityQueryOf(viewer, params, period);
  return { totals: await activityTotals(query.where), batches: keysetBatches(getDb(), activitiesSource, query) };
}

/** The first year with an activity the viewer reads (the period filter's oldest year). */
export async function firstActivityYear(viewer: Viewer): Promise<number | null> {
  const [row] = await getDb().$queryRaw<{ first: Date | null }[]>`
    select min(a.occurred_on) as first from activities a where a.deleted_at is null and ${activityScope(viewer)}`;
  return row?.first ? row.first.getUTCFullYear() : null;
}
