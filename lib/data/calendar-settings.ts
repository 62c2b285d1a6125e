import "server-only";
// The reporting calendar (/quan-tri/lich-bao-cao): the installation's
// calendar and submission deadlines, committees' calendars for their
// subtrees from 1 January of a year, and the holidays deadlines skip. A
// calendar never moves past periods: an override cannot start before the
// current year nor in a year whose periods a report of the subtree was
// already submitted for, and the installation's calendar changes only while
// no report has been submitted.
import { getDb, Prisma } from "@/lib/db";
import { can, type Viewer } from "@/lib/auth/policy";
import { systemClock, vietnamYear, type Clock } from "@/lib/time/vietnam";
import type { CommitteeCalendarInput, HolidayInput, ReportingSettingsInput } from "@/lib/validation/calendar-settings";
import { audit, changedFields } from "./audit";
import { NotFoundError, RuleViolation, StaleRecordError } from "./errors";
import { reportingSettings } from "./figures";
import { isRecordId } from "./scope";

const CALENDAR = { type: "reportingCalendar", committeeId: null } as const;

function requireAdmin(viewer: Viewer): void {
  if (!can(viewer, "administer", CALENDAR)) throw new NotFoundError("reportingCalendar");
}

export async function getCalendarSettings(viewer: Viewer) {
  requireAdmin(viewer);
  const db = getDb();
  const [settings, overrides, holidays, committees] = await Promise.all([
    reportingSettings(db),
    db.committeeCalendar.findMany({ select: { id: true, fromYear: true, calendar: true, committee: { select: { id: true, name: true } } }, orderBy: [{ fromYear: "desc" }, { id: "asc" }] }),
    db.holiday.findMany({ orderBy: { day: "desc" }, take: 200 }),
    db.committee.findMany({ where: { validTo: null }, select: { id: true, name: true }, orderBy: [{ level: "asc" }, { name: "asc" }] }),
  ]);
  return { settings, overrides, holidays, committees };
}

/** Reports that fix a calendar: submitted or approved ones. */
const FIXED = Prisma.sql`r.status in ('SUBMITTED', 'APPROVED')`;

export async function updateReportingSettings(viewer: Viewer, input: ReportingSettingsInput) {
  requireAdmin(viewer);
  return getDb().$transaction(async (tx) => {
    const before = await tx.reportingSettings.findUnique({ where: { id: 1 } });
    if (!before) throw new NotFoundError("reportingCalendar");
    if (input.calendar !== before.calendar) {
      const [reported] = await tx.$queryRaw<{ n: bigint }[]>`select count(*) as n from period_reports r where ${FIXED}`;
      if ((reported?.n ?? 0n) > 0n) throw new RuleViolation("calendarSettings.validation.calendarInUse", "calendar");
    }
    const { version, ...fields } = input;
    const { count } = await tx.reportingSettings.updateMany({ where: { id: 1, version }, data: { ...fields, version: { increment: 1 }, updatedById: viewer.id } });
    if (count === 0) throw new StaleRecordError();
    const old = { calendar: before.calendar, deadlineCommune: before.deadlineCommune, deadlineDistrict: before.deadlineDistrict, deadlineProvince: before.deadlineProvince, deadlineCentral: before.deadlineCentral };
    await audit(tx, viewer, { action: "update", entity: "reportingCalendar", entityId: "settings", ...changedFields(old, fields) });
  });
}

/** Refuses a calendar that would move periods already past or reported in the committee's subtree. */
async function assertYearOpen(tx: Prisma.TransactionClient, committeeId: string, fromYear: number, clock: Clock) {
  if (fromYear < vietnamYear(clock)) throw new RuleViolation("calendarSettings.validation.pastYear", "fromYear");
  const [reported] = await tx.$queryRaw<{ n: bigint }[]>`
    select count(*) as n
      from period_reports r join reporting_periods p on p.id = r.period_id
     where ${FIXED} and p.year >= ${fromYear}
       and r.committee_id in (select c.committee_id from committee_reach(${committeeId}) c where c.relation in ('own', 'child', 'descendant'))`;
  if ((reported?.n ?? 0n) > 0n) throw new RuleViolation("calendarSettings.validation.reported", "fromYear");
}

export async function addCommitteeCalendar(viewer: Viewer, input: CommitteeCalendarInput, clock: Clock = systemClock) {
  requireAdmin(viewer);
  return getDb().$transaction(async (tx) => {
    const committee = await tx.committee.findUnique({ where: { id: input.committeeId }, select: { id: true, validTo: true } });
    if (!committee || committee.validTo !== null) throw new RuleViolation("validation.invalid", "committeeId");
    await assertYearOpen(tx, input.committeeId, input.fromYear, clock);
    const created = await tx.committeeCalendar
      .create({ data: { ...input, createdById: viewer.id }, select: { id: true, committeeId: true, fromYear: true, calendar: true } })
      .catch((error: unknown) => {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new RuleViolation("calendarSettings.validation.yearTaken", "fromYear");
        throw error;
      });
    await audit(tx, viewer, { action: "create", entity: "reportingCalendar", entityId: created.id, committeeId: created.committeeId, after: created });
    return created;
  });
}

export async function removeCommitteeCalendar(viewer: Viewer, id: string, clock: Clock = systemClock) {
  requireAdmin(viewer);
  if (!isRecordId(id)) throw new NotFoundError("reportingCalendar");
  return getDb().$transaction(async (tx) => {
    const found = await tx.committeeCalendar.findUnique({ where: { id }, select: { id: true, committeeId: true, fromYear: true, calendar: true } });
    if (!found) throw new NotFoundError("reportingCalendar");
    // Removing it moves the same periods as adding it would.
    await assertYearOpen(tx, found.committeeId, found.fromYear, clock);
    await tx.committeeCalendar.delete({ where: { id } });
    await audit(tx, viewer, { action: "delete", entity: "reportingCalendar", entityId: id, committeeId: found.committeeId, before: found });
  });
}

export async function addHoliday(viewer: Viewer, input: HolidayInput) {
  requireAdmin(viewer);
  return getDb().$transaction(async (tx) => {
    const row = await tx.holiday.upsert({ where: { day: input.day }, create: input, update: { name: input.name } });
    await audit(tx, viewer, { action: "create", entity: "reportingCalendar", entityId: row.day.toISOString().slice(0, 10), after: { day: row.day.toISOString().slice(0, 10), name: row.name } });
  });
}

export async function removeHoliday(viewer: Viewer, day: Date) {
  requireAdmin(viewer);
  return getDb().$transaction(async (tx) => {
    const { count } = await tx.holiday.deleteMany({ where: { day } });
    if (count === 0) throw new NotFoundError("reportingCalendar");
    await audit(tx, viewer, { action: "delete", entity: "reportingCalendar", entityId: day.toISOString().slice(0, 10) });
  });
}
