import "server-only";
// Plan against delivered for one committee and one period: planned values
// from `targets`, delivered values from THE one SQL definition of delivered
// (delivered_by_indicator, migration 20261122093130_delivered_figures), over
// the committee's reach as the tree was in the period (or regrouped under
// today's committees). Pure SQL over a committee the caller has already
// checked: authorization is the caller's job.
import { Prisma, type PrismaClient } from "@/lib/db";
import type { Calendar, DeadlineSettings } from "@/lib/periods";
import { utcDate } from "@/lib/periods";

export type DbClient = PrismaClient | Prisma.TransactionClient;

/** vượt / đạt / chưa đạt (null status when no target). */
export type FigureStatus = "exceeded" | "met" | "below";

export type IndicatorFigure = {
  indicatorId: string;
  code: string;
  name: string;
  unit: string;
  /** Decimal string from targets.planned_value of THIS committee and period (null: no target). */
  planned: string | null;
  /** Decimal string, computed in SQL by the one definition of delivered. */
  delivered: string;
  /** delivered / planned * 100 (one decimal), null when no target or target 0. */
  percent: number | null;
  status: FigureStatus | null;
  /** How many records the delivered figure is made of (the length of the list behind it). */
  records: number;
  /** How delivered is computed (lib/indicators/sources): which record list shows the records. */
  source: IndicatorSourceValue;
  conferenceKind: string | null;
  housingProgrammeId: string | null;
  houseAttribution: "HANDED_OVER_BY" | "FUNDED_BY";
};

export type IndicatorSourceValue =
  | "ACTIVITY_QUANTITY"
  | "ACTIVITY_VALUE"
  | "HOUSE_COUNT"
  | "HOUSE_VALUE"
  | "CONFERENCE_COUNT"
  | "MODEL_REGISTERED"
  | "MODEL_RECOGNISED"
  | "AGREEMENT_COUNT";

export type FigureScope = {
  committeeId: string;
  startsOn: Date;
  endsOn: Date;
  /** The reporting_periods row whose targets are the plan; null: no plan. */
  periodId: string | null;
  /** Regroup under today's committees (following each ended committee's primary successor). */
  regroup?: boolean;
};

type FigureRow = {
  indicator_id: string;
  code: string;
  name: string;
  unit: string;
  planned: string | null;
  delivered: string;
  records: bigint;
  percent: string | null;
  source: IndicatorSourceValue;
  conference_kind: string | null;
  housing_programme_id: string | null;
  house_attribution: "HANDED_OVER_BY" | "FUNDED_BY";
};

/** vượt when delivered is above plan, đạt when equal, chưa đạt below; null without a plan. */
export function figureStatus(planned: string | null, delivered: string): FigureStatus | null {
  if (planned === null) return null;
  const difference = compareDecimals(delivered, planned);
  return difference > 0 ? "exceeded" : difference === 0 ? "met" : "below";
}

/** Compares two non-negative decimal strings exactly (no floating point). */
export function compareDecimals(a: string, b: string): number {
  const [ai = "0", af = ""] = a.split(".");
  const [bi = "0", bf = ""] = b.split(".");
  const width = Math.max(af.length, bf.length);
  const x = BigInt(ai + af.padEnd(width, "0"));
  const y = BigInt(bi + bf.padEnd(width, "0"));
  return x === y ? 0 : x > y ? 1 : -1;
}

const indicatorColumns = Prisma.sql`i.id as indicator_id, i.code, i.name, i.unit, i.source::text as source, i.conference_kind::text as conference_kind,
  i.housing_programme_id, i.house_attribution::text as house_attribution`;

function toFigure(row: FigureRow): IndicatorFigure {
  return {
    indicatorId: row.indicator_id,
    code: row.code,
    name: row.name,
    unit: row.unit,
    planned: row.planned,
    delivered: row.delivered,
    percent: row.percent === null ? null : Number(row.percent),
    status: figureStatus(row.planned, row.delivered),
    records: Number(row.records),
    source: row.source,
    conferenceKind: row.conference_kind,
    housingProgrammeId: row.housing_programme_id,
    houseAttribution: row.house_attribution,
  };
}

/** Figures of one committee (its reach, as the tree was in the period) for one period, every active indicator. */
export async function committeeFigures(tx: DbClient, scope: FigureScope): Promise<IndicatorFigure[]> {
  const rows = await tx.$queryRaw<FigureRow[]>`
    select ${indicatorColumns},
           trim_scale(t.planned_value)::text as planned,
           trim_scale(coalesce(d.delivered, 0))::text as delivered,
           coalesce(d.records, 0) as records,
           trim_scale(round(coalesce(d.delivered, 0) * 100 / nullif(t.planned_value, 0), 1))::text as percent
      from indicators i
      left join delivered_by_indicator(${scope.committeeId}, ${scope.startsOn}::date, ${scope.endsOn}::date, ${scope.regroup ?? false}) d
        on d.indicator_id = i.id
      left join targets t
        on t.indicator_id = i.id and t.committee_id = ${scope.committeeId} and t.period_id = ${scope.periodId}
     where i.active
     order by i.position, i.name, i.id`;
  return rows.map(toFigure);
}

/** A group of a committee's figures: the committee itself, a child, a primary predecessor (as the tree was), or a child of today. */
export type GroupRelation = "own" | "child" | "predecessor";

export type GroupFigure = { groupId: string; relation: GroupRelation; indicatorId: string; delivered: string; records: number };

/**
 * The delivered figures split by group (delivered_by_group: the same records
 * as committeeFigures, each under the group it falls in). A house funded by
 * two groups counts in each; the committee's total counts it once.
 */
export async function groupFigures(tx: DbClient, scope: Omit<FigureScope, "periodId">): Promise<GroupFigure[]> {
  const rows = await tx.$queryRaw<{ group_id: string; group_relation: GroupRelation; indicator_id: string; delivered: string; records: bigint }[]>`
    select g.group_id, g.group_relation, g.indicator_id, trim_scale(g.delivered)::text as delivered, g.records
      from delivered_by_group(${scope.committeeId}, ${scope.startsOn}::date, ${scope.endsOn}::date, ${scope.regroup ?? false}) g
      join indicators i on i.id = g.indicator_id and i.active`;
  return rows.map((row) => ({ groupId: row.group_id, relation: row.group_relation, indicatorId: row.indicator_id, delivered: row.delivered, records: Number(row.records) }));
}

/** The planned values of many committees for one period (the child table), by committee and indicator. */
export async function plannedValues(tx: DbClient, committeeIds: string[], periodId: string | null): Promise<Map<string, string>> {
  if (periodId === null || committeeIds.length === 0) return new Map();
  const rows = await tx.$queryRaw<{ committee_id: string; indicator_id: string; planned: string }[]>`
    select committee_id, indicator_id, trim_scale(planned_value)::text as planned
      from targets where period_id = ${periodId} and committee_id in (${Prisma.join(committeeIds)})`;
  return new Map(rows.map((row) => [`${row.committee_id}:${row.indicator_id}`, row.planned]));
}

/** The calendar that applies to a committee on a date (installation setting, or the nearest override up its tree). */
export async function calendarOf(tx: DbClient, committeeId: string, on: Date): Promise<Calendar> {
  const [row] = await tx.$queryRaw<{ calendar: Calendar }[]>`
    with recursive up(id, depth) as (
      select ${committeeId}::text, 0
      union all
      select p.parent_id, up.depth + 1
        from up join committee_parents p
          on p.committee_id = up.id and p.valid_from <= ${on}::date and coalesce(p.valid_to, 'infinity'::date) >= ${on}::date
       where up.depth < 32
    )
    select calendar::text as calendar from (
      select cc.calendar, up.depth, cc.from_year
        from up join committee_calendars cc on cc.committee_id = up.id and cc.from_year <= extract(year from ${on}::date)
      union all
      select s.calendar, 1000, 0 from reporting_settings s where s.id = 1
    ) found
    order by depth, from_year desc
    limit 1`;
  return row?.calendar ?? "CALENDAR";
}

/** The calendar of a period of `year` for a committee (overrides start on 1 January). */
export function calendarOfYear(tx: DbClient, committeeId: string, year: number): Promise<Calendar> {
  return calendarOf(tx, committeeId, utcDate(year, 1, 1));
}

export type ReportingSettingsValue = { calendar: Calendar; deadlines: DeadlineSettings; version: number };

/** The installation's reporting settings (the migration creates the one row; defaults if missing). */
export async function reportingSettings(tx: DbClient): Promise<ReportingSettingsValue> {
  const row = await tx.reportingSettings.findUnique({ where: { id: 1 } });
  return {
    calendar: row?.calendar ?? "CALENDAR",
    deadlines: {
      COMMUNE: row?.deadlineCommune ?? 3,
      DISTRICT: row?.deadlineDistrict ?? 5,
      PROVINCE: row?.deadlineProvince ?? 7,
      CENTRAL: row?.deadlineCentral ?? 10,
    },
    version: row?.version ?? 0,
  };
}

/** The holidays between two days, as ISO days (for lib/periods/deadlines). */
export async function holidaysBetween(tx: DbClient, from: Date, to: Date): Promise<string[]> {
  const rows = await tx.holiday.findMany({ where: { day: { gte: from, lte: to } }, select: { day: true } });
  return rows.map((row) => row.day.toISOString().slice(0, 10));
}
