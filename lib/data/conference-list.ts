import "server-only";
import { getDb, Prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/policy";
import { parsePeriodCode, type CalendarPeriodKind } from "@/lib/periods";
import { CONFERENCE_KINDS, type ConferenceKindValue } from "@/lib/validation/conference";
import { CONFERENCE_SORTS, type ConferenceListParams } from "@/lib/validation/conference-list";
import { parseSort, positionOf } from "@/lib/validation/list";
import { conferenceReadScope } from "./conferences";
import { textKey, timestampKey } from "./list/cursor";
import { containsPattern, countsPerValue, keysetBatches, readListPage, sqlTotals, whereAll, type KeysetQuery, type KeysetSource } from "./list/keyset";
import { figureRecordsFilter, listPeriod } from "./figure-lists";
import type { ResolvedPeriod } from "./periods";
import { committeeScope } from "./scope";

export const CONFERENCE_PAGE_SIZE = 20;

export type ConferenceRow = {
  id: string;
  kind: ConferenceKindValue;
  title: string;
  heldOn: Date;
  /** 1970-01-01T08:00Z for 08:00, when known. */
  startTime: Date | null;
  place: string | null;
  chairName: string | null;
  chairTitle: string | null;
  attendance: number | null;
  committeeId: string;
  committeeName: string;
  coHosts: string[];
  /** The period it reviews: a calendar period's parts, or a phase's name. */
  period: { kind: CalendarPeriodKind | "PHASE"; year: number; sequence: number; phaseName: string | null } | null;
  agreementTitle: string | null;
  campaignName: string | null;
  /** Read through a co-host of the viewer's scope, not the host. */
  shared: boolean;
};

type ConferenceSort = (typeof CONFERENCE_SORTS)[keyof typeof CONFERENCE_SORTS];

const FROM = Prisma.sql`conferences c join committees h on h.id = c.committee_id`;

/** Conferences with their host, co-hosts and links; each sort is backed by an index on (column, id). */
function conferencesSource(viewer: Viewer): KeysetSource<ConferenceRow, ConferenceSort> {
  return {
    from: FROM,
    select: Prisma.sql`c.id, c.kind::text as kind, c.title, c.held_on, c.start_time, c.place, c.chair_name, c.chair_title, c.attendance,
      c.committee_id, h.name as committee_name,
      array(select coalesce(hc.name, hp.name) from conference_co_hosts x
              left join committees hc on hc.id = x.committee_id left join partners hp on hp.id = x.partner_id
             where x.conference_id = c.id order by x.id) as co_hosts,
      (select json_build_object('kind', rp.kind::text, 'year', rp.year, 'sequence', rp.sequence, 'phaseName', ph.name)
         from reporting_periods rp left join campaign_phases ph on ph.id = rp.campaign_phase_id where rp.id = c.period_id) as period,
      (select a.title from agreements a where a.id = c.agreement_id and a.deleted_at is null) as agreement_title,
      (select k.name from campaigns k where k.id = c.campaign_id and k.deleted_at is null) as campaign_name,
      not (${committeeScope(viewer, "record", Prisma.sql`c.committee_id`)}) as shared`,
    id: { column: Prisma.sql`c.id`, codec: textKey, value: (row) => row.id },
    sorts: {
      heldOn: { column: Prisma.sql`c.held_on`, codec: timestampKey, value: (row) => row.heldOn },
      title: { column: Prisma.sql`c.title`, codec: textKey, value: (row) => row.title },
    },
    map: (raw) => ({
      id: raw.id as string,
      kind: raw.kind as ConferenceKindValue,
      title: raw.title as string,
      heldOn: raw.held_on as Date,
      startTime: (raw.start_time as Date | null) ?? null,
      place: (raw.place as string | null) ?? null,
      chairName: (raw.chair_name as string | null) ?? null,
      chairTitle: (raw.chair_title as string | null) ?? null,
      attendance: raw.attendance === null || raw.attendance === undefined ? null : Number(raw.attendance),
      committeeId: raw.committee_id as string,
      committeeName: raw.committee_name as string,
      coHosts: ((raw.co_hosts as (string | null)[] | null) ?? []).filter((name): name is string => name !== null),
      period: (raw.period as ConferenceRow["period"]) ?? null,
      agreementTitle: (raw.agreement_title as string | null) ?? null,
      campaignName: (raw.campaign_name as string | null) ?? null,
      shared: raw.shared === true,
    }),
  };
}

/**
 * The list's WHERE: not deleted, readable by the viewer (host in scope, or a
 * co-host of their scope), and the filters. `ban` keeps to conferences
 * hosted or co-hosted within that committee's subtree and history; `ky` to
 * those held within the period's dates.
 */
export async function conferenceQueryOf(viewer: Viewer, params: ConferenceListParams): Promise<KeysetQuery<ConferenceSort> & { period: ResolvedPeriod | null }> {
  const { key, direction } = parseSort(params.sap_xep, CONFERENCE_SORTS);
  const code = params.ky ? parsePeriodCode(params.ky) : null;
  const period = await listPeriod(viewer, code, params.ban);
  const pattern = params.q ? containsPattern(params.q) : null;
  return {
    where: whereAll([
      Prisma.sql`c.deleted_at is null`,
      conferenceReadScope(viewer, "c"),
      // Opened from a dashboard figure: exactly the conferences behind it; else the committee's (and its co-hostings').
      figureRecordsFilter("conference", Prisma.sql`c.id`, params, period) ??
        (params.ban
          ? Prisma.sql`(c.committee_id in (select readable_committee_ids(${params.ban}))
            or exists (select 1 from conference_co_hosts bh where bh.conference_id = c.id and bh.committee_id in (select readable_committee_ids(${params.ban}))))`
          : null),
      period ? Prisma.sql`c.held_on between ${period.startsOn}::date and ${period.endsOn}::date` : null,
      params.loai ? Prisma.sql`c.kind = ${params.loai}::conference_kind` : null,
      params.phong_trao ? Prisma.sql`c.campaign_id = ${params.phong_trao}` : null,
      params.phoi_hop ? Prisma.sql`c.agreement_id = ${params.phoi_hop}` : null,
      pattern ? Prisma.sql`unaccent_vi(c.title) like unaccent_vi(${pattern})` : null,
    ]),
    sort: key,
    direction,
    period,
  };
}

export type ConferenceTotals = Record<"conferences" | "attendance" | ConferenceKindValue, bigint>;

/** How many conferences the filters select, how many attended them in all, and how many of each kind (one SQL statement). */
function conferenceTotals(where: Prisma.Sql): Promise<ConferenceTotals> {
  return sqlTotals(getDb(), FROM, where, {
    conferences: Prisma.sql`count(*)`,
    attendance: Prisma.sql`coalesce(sum(c.attendance), 0)`,
    ...countsPerValue(Prisma.sql`c.kind`, CONFERENCE_KINDS, "conference_kind"),
  });
}

/** One page of the conferences the viewer reads, the count the filters select and their totals. */
export async function listConferences(viewer: Viewer, params: ConferenceListParams) {
  const db = getDb();
  const query = await conferenceQueryOf(viewer, params);
  const [page, totals] = await Promise.all([readListPage(db, conferencesSource(viewer), query, positionOf(params), CONFERENCE_PAGE_SIZE), conferenceTotals(query.where)]);
  return { ...page, totals, period: query.period };
}

/** Every conference the filters select, in batches, with the totals from SQL. */
export async function exportConferences(viewer: Viewer, params: ConferenceListParams) {
  const query = await conferenceQueryOf(viewer, params);
  return { totals: await conferenceTotals(query.where), batches: keysetBatches(getDb(), conferencesSource(viewer), query) };
}

/** The committee filter's choices: committees of the viewer's scope that host or co-host a conference. */
export async function listConferenceCommittees(viewer: Viewer): Promise<{ id: string; name: string }[]> {
  return getDb().$queryRaw<{ id: string; name: string }[]>`
    select m.id, m.name from committees m
     where ${committeeScope(viewer, "record", Prisma.sql`m.id`)}
       and (exists (select 1 from conferences x where x.committee_id = m.id and x.deleted_at is null)
            or exists (select 1 from conference_co_hosts y join conferences x on x.id = y.conference_id where y.committee_id = m.id and x.deleted_at is null))
     order by m.valid_to is not null, m.name, m.id`;
}
