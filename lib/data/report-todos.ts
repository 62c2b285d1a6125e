import "server-only";
import { getDb, Prisma } from "@/lib/db";
import { can, type Viewer } from "@/lib/auth/policy";
import { holidaySet, submissionDeadline, type CalendarPeriodCode, type PeriodCode } from "@/lib/periods";
import { calendarPeriodDates, formatPeriodCode } from "@/lib/periods";
import { currentPeriod, systemClock, vietnamToday, type Clock } from "@/lib/time/vietnam";
import { previousPeriod } from "./dashboard";
import { calendarOf, holidaysBetween, reportingSettings } from "./figures";
import { resourceOf } from "./scope";

// The workspace home's to-do list: the reports the viewer has to write,
// submit or rework for their committee, and, for leaders, the reports of the
// committees below waiting for approval; overdue ones first.

export type TodoKind = "write" | "submit" | "rework" | "approve";

export type ReportTodo = {
  kind: TodoKind;
  /** The report's page, or the reports page of the period for one to write. */
  href: string;
  committeeName: string;
  code: PeriodCode;
  deadline: Date | null;
  overdue: boolean;
};

type Row = { id: string; status: string; committee_id: string; committee_name: string; level: "CENTRAL" | "PROVINCE" | "DISTRICT" | "COMMUNE"; kind: string; year: number; sequence: number; phase_id: string | null; ends_on: Date };

export async function reportTodos(viewer: Viewer, clock: Clock = systemClock): Promise<ReportTodo[]> {
  if (!viewer.committeeId) return [];
  const db = getDb();
  const today = vietnamToday(clock);
  const [settings, own] = await Promise.all([reportingSettings(db), db.committee.findUnique({ where: { id: viewer.committeeId }, select: { id: true, name: true, level: true } })]);
  if (!own) return [];
  const holidays = holidaySet(await holidaysBetween(db, new Date(Date.UTC(today.getUTCFullYear() - 2, 0, 1)), new Date(Date.UTC(today.getUTCFullYear() + 1, 11, 31))));
  const deadlineOf = (endsOn: Date, level: Row["level"]) => submissionDeadline(endsOn, level, settings.deadlines, holidays);
  const codeOf = (row: Row): PeriodCode => (row.phase_id ? { kind: "PHASE", phaseId: row.phase_id } : ({ kind: row.kind, year: row.year, sequence: row.sequence } as CalendarPeriodCode));

  // Reports of the viewer's committee still being written, and (for those who approve) submitted reports of the committees below.
  const rows = await db.$queryRaw<Row[]>`
    select r.id, r.status::text as status, r.committee_id, c.name as committee_name, c.level::text as level,
           p.kind::text as kind, p.year, p.sequence, p.campaign_phase_id as phase_id, p.ends_on
      from period_reports r join committees c on c.id = r.committee_id join reporting_periods p on p.id = r.period_id
     where (r.committee_id = ${own.id} and r.status in ('DRAFT', 'RETURNED'))
        or (r.status = 'SUBMITTED' and r.committee_id in (
              select cp.committee_id from committee_parents cp where cp.parent_id = ${own.id} and cp.valid_to is null
              union select ${own.id}))
     order by p.ends_on
     limit 200`;
  const todos: ReportTodo[] = [];
  for (const row of rows) {
    if (row.status === "SUBMITTED") {
      if (!can(viewer, "approve", await resourceOf(db as unknown as Prisma.TransactionClient, viewer, "report", row.committee_id))) continue;
      todos.push({ kind: "approve", href: `/bao-cao/${row.id}`, committeeName: row.committee_name, code: codeOf(row), deadline: null, overdue: false });
    } else {
      const deadline = deadlineOf(row.ends_on, row.level);
      todos.push({ kind: row.status === "RETURNED" ? "rework" : "submit", href: `/bao-cao/${row.id}`, committeeName: row.committee_name, code: codeOf(row), deadline, overdue: deadline < today });
    }
  }

  // The last half-year that has ended, without a report yet: to write.
  const calendar = await calendarOf(db, own.id, today);
  const last = previousPeriod(currentPeriod(calendar, "HALF_YEAR", clock));
  const { endsOn } = calendarPeriodDates(calendar, last);
  const [written] = await db.$queryRaw<{ n: bigint }[]>`
    select count(*) as n from period_reports r join reporting_periods p on p.id = r.period_id
     where r.committee_id = ${own.id} and p.kind = 'HALF_YEAR' and p.year = ${last.year} and p.sequence = ${last.sequence} and p.committee_id is null`;
  if (Number(written?.n ?? 0) === 0 && can(viewer, "create", await resourceOf(db as unknown as Prisma.TransactionClient, viewer, "report", own.id))) {
    const deadline = deadlineOf(endsOn, own.level);
    todos.push({ kind: "write", href: `/bao-cao?${new URLSearchParams({ ban: own.id, ky: formatPeriodCode(last) })}`, committeeName: own.name, code: last, deadline, overdue: deadline < today });
  }
  return todos.sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.deadline?.getTime() ?? Infinity) - (b.deadline?.getTime() ?? Infinity));
}
