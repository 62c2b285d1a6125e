import "server-only";
// The plan-versus-delivered dashboard (/bang-dieu-khien?ban=&ky=&gop=): one
// committee, one period in the committee's calendar (which applies to its
// whole subtree), every active indicator with its trend, the table of its
// children (as the tree was, or regrouped under today's committees) and
// which of them submitted their period report, on time or late. Every figure
// comes from lib/data/figures.ts (THE one SQL definition of delivered); the
// page reads it live at each load (no cache).
import { getDb, Prisma } from "@/lib/db";
import { can, type Viewer } from "@/lib/auth/policy";
import type { CommitteeLevel, PeriodKind } from "@/lib/generated/prisma/client";
import {
  addWorkingDays,
  calendarPeriodDates,
  holidaySet,
  parsePeriodCode,
  submissionDeadline,
  submissionStatus,
  utcDate,
  type Calendar,
  type CalendarPeriodCode,
  type PeriodCode,
} from "@/lib/periods";
import { sequencesPerYear } from "@/lib/periods/range";
import { currentPeriod, systemClock, vietnamDateOf, vietnamToday, type Clock } from "@/lib/time/vietnam";
import { calendarOf, calendarOfYear, committeeFigures, groupFigures, holidaysBetween, plannedValues, reportingSettings, type DbClient, type GroupRelation, type IndicatorFigure } from "./figures";
import { ROOT_COMMITTEE } from "./committees";
import { resolvePeriod } from "./periods";
import { committeeScope, isRecordId, resourceOf } from "./scope";

export type DashboardInput = { ban?: string | undefined; ky?: string | undefined; gop?: string | undefined };

export type DashboardCommittee = { id: string; name: string; level: CommitteeLevel; validFrom: Date; validTo: Date | null };

export type TrendPoint = { code: CalendarPeriodCode; sameLastYear: boolean; planned: string | null; delivered: string };

export type ReportState = {
  status: "DRAFT" | "SUBMITTED" | "APPROVED" | "RETURNED" | null;
  submittedOn: Date | null;
  deadline: Date;
  /** onTime / late once submitted; due / overdue while not. */
  timeliness: "onTime" | "late" | "due" | "overdue";
};

export type GroupRow = {
  id: string;
  name: string;
  relation: GroupRelation;
  level: CommitteeLevel;
  delivered: Record<string, string>;
  records: Record<string, number>;
  planned: Record<string, string>;
  report: ReportState | null;
};

export type Dashboard = {
  committee: DashboardCommittee;
  calendar: Calendar;
  code: PeriodCode;
  startsOn: Date;
  endsOn: Date;
  periodId: string | null;
  phase: { name: string; campaignName: string } | null;
  regroup: boolean;
  /** Regrouping needs a committee that exists today. */
  canRegroup: boolean;
  figures: IndicatorFigure[];
  /** Trend per indicator id: the last periods of the kind, oldest first, then the same period last year. */
  trend: Record<string, TrendPoint[]>;
  groups: GroupRow[];
  /** The committee began within or after the period: its figures before `validFrom` are its predecessors'. */
  predecessorsUntil: Date | null;
  ownReport: ReportState | null;
};

const TREND_LENGTH = 4;

/** The period before a calendar period of the same kind. */
export function previousPeriod(code: CalendarPeriodCode): CalendarPeriodCode {
  if (code.sequence > 1) return { ...code, sequence: code.sequence - 1 };
  return { kind: code.kind, year: code.year - 1, sequence: sequencesPerYear(code.kind) };
}

/** The trend's periods: the `length` periods up to this one, oldest first, and the same period a year earlier (when not among them). */
export function trendPeriods(code: CalendarPeriodCode, length = TREND_LENGTH): { code: CalendarPeriodCode; sameLastYear: boolean }[] {
  const codes: CalendarPeriodCode[] = [code];
  while (codes.length < length) codes.unshift(previousPeriod(codes[0]!));
  const lastYear = { ...code, year: code.year - 1 };
  const known = codes.some((c) => c.kind === lastYear.kind && c.year === lastYear.year && c.sequence === lastYear.sequence);
  return [...codes.map((c) => ({ code: c, sameLastYear: c.year === lastYear.year && c.sequence === lastYear.sequence })), ...(known ? [] : [{ code: lastYear, sameLastYear: true }])];
}

/** The shared period row of a calendar period (or a phase's), if any: the one whose targets are the plan. */
export async function findPeriodId(tx: DbClient, calendar: Calendar, code: PeriodCode): Promise<string | null> {
  const row =
    code.kind === "PHASE"
      ? await tx.reportingPeriod.findFirst({ where: { campaignPhaseId: code.phaseId }, select: { id: true } })
      : await tx.reportingPeriod.findFirst({ where: { calendar, kind: code.kind as PeriodKind, year: code.year, sequence: code.sequence, committeeId: null }, select: { id: true }, orderBy: { id: "asc" } });
  return row?.id ?? null;
}

/** The committee the dashboard shows: `ban` when the viewer reads it, else the viewer's own, else the root. */
export async function chooseCommittee(db: DbClient, viewer: Viewer, ban: string | undefined): Promise<DashboardCommittee> {
  const select = { id: true, name: true, level: true, validFrom: true, validTo: true } as const;
  if (ban && isRecordId(ban) && can(viewer, "read", await resourceOf(db, viewer, "record", ban))) {
    const found = await db.committee.findUnique({ where: { id: ban }, select });
    if (found) return found;
  }
  if (viewer.committeeId) {
    const own = await db.committee.findUnique({ where: { id: viewer.committeeId }, select });
    if (own) return own;
  }
  const root = await db.committee.findFirst({ ...ROOT_COMMITTEE, select });
  if (!root) throw new Error("no committee to show");
  return root;
}

/** The period of `ky` in the committee's calendar; missing or bad: the current half-year. */
export async function choosePeriod(db: DbClient, viewer: Viewer, committeeId: string, ky: string | undefined, clock: Clock) {
  const parsed = parsePeriodCode(ky);
  if (parsed && parsed.kind !== "PHASE") {
    const calendar = await calendarOfYear(db, committeeId, parsed.year);
    return { calendar, code: parsed as PeriodCode, ...calendarPeriodDates(calendar, parsed), phase: null };
  }
  const todayCalendar = await calendarOf(db, committeeId, vietnamToday(clock));
  if (parsed) {
    const resolved = await resolvePeriod(viewer, parsed, { calendar: todayCalendar, fallbackKind: "HALF_YEAR", clock });
    return { calendar: todayCalendar, code: resolved.code, startsOn: resolved.startsOn, endsOn: resolved.endsOn, phase: resolved.phase };
  }
  const code = currentPeriod(todayCalendar, "HALF_YEAR", clock);
  return { calendar: todayCalendar, code: code as PeriodCode, ...calendarPeriodDates(todayCalendar, code), phase: null };
}

const sqlDay = (date: Date) => date.toISOString().slice(0, 10);

/** The dashboard of one committee and period, read live. */
export async function getDashboard(viewer: Viewer, input: DashboardInput, clock: Clock = systemClock): Promise<Dashboard> {
  const db = getDb();
  const committee = await chooseCommittee(db, viewer, input.ban);
  const period = await choosePeriod(db, viewer, committee.id, input.ky, clock);
  const today = vietnamToday(clock);
  const canRegroup = committee.validTo === null || committee.validTo >= today;
  const regroup = canRegroup && input.gop === "hom-nay";
  const periodId = await findPeriodId(db, period.calendar, period.code);
  const scope = { committeeId: committee.id, startsOn: period.startsOn, endsOn: period.endsOn, regroup };

  const trendCodes = period.code.kind === "PHASE" ? [] : trendPeriods(period.code);
  const [figures, groups, trendFigures, settings] = await Promise.all([
    committeeFigures(db, { ...scope, periodId }),
    groupFigures(db, scope),
    Promise.all(
      trendCodes.map(async ({ code, sameLastYear }) => {
        const { startsOn, endsOn } = calendarPeriodDates(period.calendar, code);
        const id = await findPeriodId(db, period.calendar, code);
        return { code, sameLastYear, figures: await committeeFigures(db, { committeeId: committee.id, startsOn, endsOn, periodId: id, regroup }) };
      }),
    ),
    reportingSettings(db),
  ]);

  const trend: Record<string, TrendPoint[]> = {};
  for (const point of trendFigures) {
    for (const figure of point.figures) {
      (trend[figure.indicatorId] ??= []).push({ code: point.code, sameLastYear: point.sameLastYear, planned: figure.planned, delivered: figure.delivered });
    }
  }

  // The rows of the child table: every child (or predecessor) as the tree was, or today's children when regrouped, with or without records.
  const rowIds = await groupIds(db, committee.id, period.startsOn, period.endsOn, regroup);
  const ids = [...new Set([...rowIds.map((r) => r.id), ...groups.map((g) => g.groupId)])].filter((id) => id !== committee.id);
  const relationOf = new Map<string, GroupRelation>([...rowIds.map((r) => [r.id, r.relation] as const), ...groups.map((g) => [g.groupId, g.relation] as const)]);
  const [committees, planned, reports, holidays] = await Promise.all([
    db.committee.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, level: true } }),
    plannedValues(db, ids, periodId),
    periodId ? db.periodReport.findMany({ where: { periodId, committeeId: { in: [...ids, committee.id] } }, select: { committeeId: true, status: true, submittedAt: true } }) : Promise.resolve([]),
    holidaysBetween(db, period.endsOn, addWorkingDays(period.endsOn, 90, holidaySet([]))),
  ]);
  const holidayDays = holidaySet(holidays);
  const reportOf = (committeeId: string, level: CommitteeLevel): ReportState | null => {
    if (!periodId) return null;
    const report = reports.find((r) => r.committeeId === committeeId);
    const deadline = submissionDeadline(period.endsOn, level, settings.deadlines, holidayDays);
    const submittedOn = report && (report.status === "SUBMITTED" || report.status === "APPROVED") && report.submittedAt ? vietnamDateOf(report.submittedAt) : null;
    return { status: report?.status ?? null, submittedOn, deadline, timeliness: submissionStatus(deadline, submittedOn, today) };
  };
  const rows: GroupRow[] = committees
    .map((c) => {
      const mine = groups.filter((g) => g.groupId === c.id);
      return {
        id: c.id,
        name: c.name,
        level: c.level,
        relation: relationOf.get(c.id) ?? "child",
        delivered: Object.fromEntries(mine.map((g) => [g.indicatorId, g.delivered])),
        records: Object.fromEntries(mine.map((g) => [g.indicatorId, g.records])),
        planned: Object.fromEntries(figures.flatMap((f) => (planned.has(`${c.id}:${f.indicatorId}`) ? [[f.indicatorId, planned.get(`${c.id}:${f.indicatorId}`)!]] : []))),
        report: relationOf.get(c.id) === "predecessor" ? null : reportOf(c.id, c.level),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, "vi"));
  const own = groups.filter((g) => g.groupId === committee.id);
  if (own.length > 0) {
    rows.unshift({
      id: committee.id,
      name: committee.name,
      level: committee.level,
      relation: "own",
      delivered: Object.fromEntries(own.map((g) => [g.indicatorId, g.delivered])),
      records: Object.fromEntries(own.map((g) => [g.indicatorId, g.records])),
      planned: {},
      report: null,
    });
  }

  return {
    committee,
    calendar: period.calendar,
    code: period.code,
    startsOn: period.startsOn,
    endsOn: period.endsOn,
    periodId,
    phase: period.phase ? { name: period.phase.name, campaignName: period.phase.campaignName } : null,
    regroup,
    canRegroup,
    figures,
    trend,
    groups: rows,
    predecessorsUntil: committee.validFrom > period.startsOn ? committee.validFrom : null,
    ownReport: reportOf(committee.id, committee.level),
  };
}

/** The committees the child table lists even without records: the children (and primary predecessors) of the period, or today's children. */
async function groupIds(db: DbClient, committeeId: string, startsOn: Date, endsOn: Date, regroup: boolean): Promise<{ id: string; relation: GroupRelation }[]> {
  return db.$queryRaw<{ id: string; relation: GroupRelation }[]>`
    select distinct on (r.group_id) r.group_id as id, r.group_relation as relation
      from figure_reach(${committeeId}, ${sqlDay(startsOn)}::date, ${sqlDay(endsOn)}::date, ${regroup}) r
     where r.group_relation <> 'own'
     order by r.group_id, array_position(array['own', 'child', 'predecessor'], r.group_relation)`;
}

/** Committees the dashboard's picker offers: the viewer's own and the provinces and centre they read (children are reached from the table). */
export async function dashboardCommitteeChoices(viewer: Viewer): Promise<{ id: string; name: string; ended: boolean }[]> {
  const db = getDb();
  const rows = await db.$queryRaw<{ id: string; name: string; ended: boolean }[]>`
    select c.id, c.name, c.valid_to is not null as ended
      from committees c
     where ${committeeScope(viewer, "record", Prisma.sql`c.id`)}
       and (c.level in ('CENTRAL', 'PROVINCE') or c.id = ${viewer.committeeId ?? ""})
     order by c.valid_to is not null, c.name
     limit 500`;
  return rows;
}

/** The first day of a year (for labels). */
export const firstOfYear = (year: number) => utcDate(year, 1, 1);
