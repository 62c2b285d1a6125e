import "server-only";
import { getDb, Prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/policy";
import { AGREEMENT_STATUSES, REVIEW_CONFERENCE_KINDS, type AgreementStatus } from "@/lib/agreements/status";
import { parsePeriodCode } from "@/lib/periods";
import { systemClock, vietnamToday, type Clock } from "@/lib/time/vietnam";
import { AGREEMENT_SORTS, AGREEMENT_STATUS_SLUGS, type AgreementListParams } from "@/lib/validation/agreement-list";
import { parseSort, positionOf } from "@/lib/validation/list";
import { agreementScope } from "./agreements";
import { figureRecordsFilter, listPeriod } from "./figure-lists";
import type { ResolvedPeriod } from "./periods";
import { textKey, timestampKey } from "./list/cursor";
import { containsPattern, keysetBatches, readListPage, sqlTotals, whereAll, type KeysetQuery, type KeysetSource } from "./list/keyset";

export const AGREEMENT_PAGE_SIZE = 20;

export type AgreementRow = {
  id: string;
  number: string | null;
  title: string;
  signedOn: Date;
  validFrom: Date;
  validTo: Date | null;
  endedOn: Date | null;
  committeeId: string;
  committeeName: string;
  /** The parties in order, the lead first among equals: names joined for the list. */
  parties: string;
  leadName: string | null;
  taskCount: number;
  status: AgreementStatus;
  flagged: boolean;
};

type AgreementSort = (typeof AGREEMENT_SORTS)[keyof typeof AGREEMENT_SORTS];

/** The status of agreement `a` on `today`, in SQL (the same rule as lib/agreements/status). */
export function agreementStatusSql(today: Date): Prisma.Sql {
  return Prisma.sql`(case when a.ended_on is not null then 'ENDED'
                          when a.valid_to is not null and a.valid_to < ${today}::date then 'EXPIRED'
                          when a.valid_from > ${today}::date then 'UPCOMING'
                          else 'IN_FORCE' end)`;
}

/** Past its end (the day it ended early, or its last day) with no review conference held under it. */
export function agreementFlaggedSql(today: Date): Prisma.Sql {
  return Prisma.sql`(least(a.ended_on, a.valid_to) < ${today}::date
    and not exists (select 1 from conferences rc
                     where rc.agreement_id = a.id and rc.deleted_at is null
                       and rc.kind in (${Prisma.join(REVIEW_CONFERENCE_KINDS.map((kind) => Prisma.sql`${kind}::conference_kind`))})))`;
}

/** Agreements with their keeper; status and flag computed for `today`. Each sort is backed by an index on (column, id). */
export function agreementsSource(today: Date): KeysetSource<AgreementRow, AgreementSort> {
  return {
    from: Prisma.sql`agreements a join committees c on c.id = a.committee_id`,
    select: Prisma.sql`a.id, a.number, a.title, a.signed_on, a.valid_from, a.valid_to, a.ended_on, a.committee_id, c.name as committee_name,
      (select string_agg(coalesce(pc.name, pp.name), '; ' order by p.position, p.id)
         from agreement_parties p left join committees pc on pc.id = p.committee_id left join partners pp on pp.id = p.partner_id
        where p.agreement_id = a.id) as parties,
      (select coalesce(pc.name, pp.name)
         from agreement_parties p left join committees pc on pc.id = p.committee_id left join partners pp on pp.id = p.partner_id
        where p.agreement_id = a.id and p.is_lead) as lead_name,
      (select count(*)::int from agreement_tasks t where t.agreement_id = a.id) as task_count,
      ${agreementStatusSql(today)} as status,
      ${agreementFlaggedSql(today)} as flagged`,
    id: { column: Prisma.sql`a.id`, codec: textKey, value: (row) => row.id },
    sorts: {
      signedOn: { column: Prisma.sql`a.signed_on`, codec: timestampKey, value: (row) => row.signedOn },
      title: { column: Prisma.sql`a.title`, codec: textKey, value: (row) => row.title },
      validFrom: { column: Prisma.sql`a.valid_from`, codec: timestampKey, value: (row) => row.validFrom },
    },
    map: (raw) => ({
      id: raw.id as string,
      number: (raw.number as string | null) ?? null,
      title: raw.title as string,
      signedOn: raw.signed_on as Date,
      validFrom: raw.valid_from as Date,
      validTo: (raw.valid_to as Date | null) ?? null,
      endedOn: (raw.ended_on as Date | null) ?? null,
      committeeId: raw.committee_id as string,
      committeeName: raw.committee_name as string,
      parties: (raw.parties as string | null) ?? "",
      leadName: (raw.lead_name as string | null) ?? null,
      taskCount: Number(raw.task_count ?? 0),
      status: raw.status as AgreementStatus,
      flagged: raw.flagged === true,
    }),
  };
}

/**
 * The list's WHERE: not deleted, the viewer's scope (kept or signed within
 * their lineage, in SQL) and the filters. The search ignores case and
 * diacritics on the title and the document number (unaccent_vi).
 */
export function agreementQueryOf(viewer: Viewer, params: AgreementListParams, today: Date, period: ResolvedPeriod | null = null): KeysetQuery<AgreementSort> {
  const { key, direction } = parseSort(params.sap_xep, AGREEMENT_SORTS);
  const pattern = params.q ? containsPattern(params.q) : null;
  const status = params.trang_thai ? AGREEMENT_STATUS_SLUGS[params.trang_thai] : null;
  return {
    where: whereAll([
      Prisma.sql`a.deleted_at is null`,
      agreementScope(viewer),
      pattern ? Prisma.sql`(unaccent_vi(a.title) like unaccent_vi(${pattern}) or unaccent_vi(coalesce(a.number, '')) like unaccent_vi(${pattern}))` : null,
      // Opened from a dashboard figure: exactly the agreements behind it; else kept or signed within the committee's lineage.
      figureRecordsFilter("agreement", Prisma.sql`a.id`, params, period) ??
        (params.ban
          ? Prisma.sql`(a.committee_id in (select readable_committee_ids(${params.ban}))
            or exists (select 1 from agreement_parties bp where bp.agreement_id = a.id and bp.committee_id in (select readable_committee_ids(${params.ban}))))`
          : null),
      period ? Prisma.sql`a.signed_on between ${period.startsOn}::date and ${period.endsOn}::date` : null,
      status ? Prisma.sql`${agreementStatusSql(today)} = ${status}` : null,
      params.chua_so_ket ? agreementFlaggedSql(today) : null,
      params.ben ? Prisma.sql`exists (select 1 from agreement_parties fp where fp.agreement_id = a.id and (fp.committee_id = ${params.ben} or fp.partner_id = ${params.ben}))` : null,
    ]),
    sort: key,
    direction,
  };
}

export type AgreementTotals = Record<"agreements" | "flagged" | AgreementStatus, bigint>;

/** How many agreements the filters select: in all, per status and flagged (one SQL statement). */
function agreementTotals(where: Prisma.Sql, today: Date): Promise<AgreementTotals> {
  const status = agreementStatusSql(today);
  return sqlTotals(getDb(), Prisma.sql`agreements a`, where, {
    agreements: Prisma.sql`count(*)`,
    flagged: Prisma.sql`count(*) filter (where ${agreementFlaggedSql(today)})`,
    ...(Object.fromEntries(AGREEMENT_STATUSES.map((value) => [value, Prisma.sql`count(*) filter (where ${status} = ${value})`])) as Record<AgreementStatus, Prisma.Sql>),
  });
}

/** One page of the agreements the viewer reads, the count the filters select and their totals. */
export async function listAgreements(viewer: Viewer, params: AgreementListParams, clock: Clock = systemClock) {
  const today = vietnamToday(clock);
  const db = getDb();
  const period = await listPeriod(viewer, parsePeriodCode(params.ky), params.ban);
  const query = agreementQueryOf(viewer, params, today, period);
  const [page, totals] = await Promise.all([readListPage(db, agreementsSource(today), query, positionOf(params), AGREEMENT_PAGE_SIZE), agreementTotals(query.where, today)]);
  return { ...page, totals };
}

/** Every agreement the filters select, in batches, with the totals from SQL. */
export async function exportAgreements(viewer: Viewer, params: AgreementListParams, clock: Clock = systemClock) {
  const today = vietnamToday(clock);
  const period = await listPeriod(viewer, parsePeriodCode(params.ky), params.ban);
  const query = agreementQueryOf(viewer, params, today, period);
  return { totals: await agreementTotals(query.where, today), batches: keysetBatches(getDb(), agreementsSource(today), query) };
}

export type AgreementFilterChoice = { id: string; name: string; kind: "committee" | "partner" };

/** The committees and partners named on the agreements the viewer reads: the committee and party filters' choices. */
export async function agreementFilterChoices(viewer: Viewer): Promise<{ committees: AgreementFilterChoice[]; parties: AgreementFilterChoice[] }> {
  const rows = await getDb().$queryRaw<{ id: string; name: string; kind: "committee" | "partner"; keeper: boolean }[]>`
    select distinct x.id, x.name, x.kind, x.keeper from (
      select c.id, c.name, 'committee' as kind, true as keeper
        from agreements a join committees c on c.id = a.committee_id
       where a.deleted_at is null and ${agreementScope(viewer)}
      union all
      select coalesce(pc.id, pp.id), coalesce(pc.name, pp.name), case when p.committee_id is null then 'partner' else 'committee' end, false
        from agreements a join agreement_parties p on p.agreement_id = a.id
        left join committees pc on pc.id = p.committee_id left join partners pp on pp.id = p.partner_id
       where a.deleted_at is null and ${agreementScope(viewer)}
    ) x`;
  const byName = (x: AgreementFilterChoice, y: AgreementFilterChoice) => x.name.localeCompare(y.name, "vi") || x.id.localeCompare(y.id);
  const unique = (list: AgreementFilterChoice[]) => [...new Map(list.map((c) => [c.id, c])).values()].sort(byName);
  return {
    committees: unique(rows.filter((r) => r.kind === "committee").map(({ id, name, kind }) => ({ id, name, kind }))),
    parties: unique(rows.filter((r) => !r.keeper).map(({ id, name, kind }) => ({ id, name, kind }))),
  };
}
