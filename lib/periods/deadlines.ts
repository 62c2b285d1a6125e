// When a period report is due (pure, no database): a number of working days
// after the period ends, per committee level, skipping weekends and the
// holidays admins keep. The numbers are settings of the installation: no
// Party or dân vận rule fixing them was found (PARTY-REPORTS.md), so the
// defaults below (the settings' defaults, reporting_settings) are illustrative, not sourced.
import { utcDate } from "./range";

export type CommitteeLevel = "CENTRAL" | "PROVINCE" | "DISTRICT" | "COMMUNE";

/** Working days after the period's last day by which each level submits; lower levels report first. */
export type DeadlineSettings = Record<CommitteeLevel, number>;

export const DEFAULT_DEADLINES: DeadlineSettings = { COMMUNE: 3, DISTRICT: 5, PROVINCE: 7, CENTRAL: 10 };

/** Holidays as ISO days ("2026-09-02"), UTC midnight dates in and out. */
export type HolidaySet = ReadonlySet<string>;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export function holidaySet(days: Iterable<Date | string>): HolidaySet {
  return new Set([...days].map((day) => (typeof day === "string" ? day : isoDay(day))));
}

/** Saturday and Sunday are off; so is every listed holiday. */
export function isWorkingDay(date: Date, holidays: HolidaySet): boolean {
  const weekday = date.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(isoDay(date));
}

/** The n-th working day after `date` (n ≥ 1); n = 0 returns `date` itself. */
export function addWorkingDays(date: Date, n: number, holidays: HolidaySet): Date {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Invalid number of working days ${n}`);
  let day = utcDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  for (let left = n; left > 0; ) {
    day = utcDate(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate() + 1);
    if (isWorkingDay(day, holidays)) left--;
  }
  return day;
}

/** The last day a committee of `level` may submit the report of a period ending on `endsOn`. */
export function submissionDeadline(endsOn: Date, level: CommitteeLevel, settings: DeadlineSettings, holidays: HolidaySet): Date {
  return addWorkingDays(endsOn, settings[level], holidays);
}

/**
 * Whether a report submitted at `submittedOn` (a Vietnam calendar day) was on
 * time; a report not yet submitted is late once `today` is past the deadline.
 */
export function submissionStatus(deadline: Date, submittedOn: Date | null, today: Date): "onTime" | "late" | "due" | "overdue" {
  if (submittedOn) return isoDay(submittedOn) <= isoDay(deadline) ? "onTime" : "late";
  return isoDay(today) <= isoDay(deadline) ? "due" : "overdue";
}
