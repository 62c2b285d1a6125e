// Start and end dates of reporting periods (pure, no database).
//
// Every calendar period covers whole reporting months: month m, quarter q =
// months 3q-2..3q, half h = months 6h-5..6h, nine months = 1..9, year = 1..12.
// Under CALENDAR a reporting month is the calendar month; under STATE_CUTOFF
// month m runs from the 15th of month m-1 to the 14th of month m, so the
// first half of 2022 is 15/12/2021–14/6/2022 and the year 2023 is
// 15/12/2022–14/12/2023.
import { CALENDAR_PERIOD_KINDS, type Calendar, type CalendarPeriodKind, type PeriodKey, type PeriodRange } from "./types";

/** A UTC-midnight date; month is 1–12 and may overflow (0 = December of the year before). */
export function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

/** How many sequences a kind has in a year. */
export function sequencesPerYear(kind: CalendarPeriodKind): number {
  return { MONTH: 12, QUARTER: 4, HALF_YEAR: 2, NINE_MONTHS: 1, YEAR: 1 }[kind];
}

/** The first and last reporting month (1–12) a period covers. */
function monthSpan(kind: CalendarPeriodKind, sequence: number): [number, number] {
  switch (kind) {
    case "MONTH":
      return [sequence, sequence];
    case "QUARTER":
      return [3 * sequence - 2, 3 * sequence];
    case "HALF_YEAR":
      return [6 * sequence - 5, 6 * sequence];
    case "NINE_MONTHS":
      return [1, 9];
    case "YEAR":
      return [1, 12];
  }
}

function check(kind: CalendarPeriodKind, year: number, sequence: number) {
  if (!CALENDAR_PERIOD_KINDS.includes(kind)) {
    throw new RangeError(`Period kind ${String(kind)} has no calendar dates (phases carry explicit dates)`);
  }
  if (!Number.isInteger(year) || year < 1900 || year > 9999) throw new RangeError(`Invalid year ${year}`);
  const max = sequencesPerYear(kind);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > max) {
    throw new RangeError(`Invalid sequence ${sequence} for ${kind}: expected 1–${max}`);
  }
}

export function periodRange(calendar: Calendar, kind: CalendarPeriodKind, year: number, sequence: number): PeriodRange {
  check(kind, year, sequence);
  const [first, last] = monthSpan(kind, sequence);
  if (calendar === "STATE_CUTOFF") {
    return { startsOn: utcDate(year, first - 1, 15), endsOn: utcDate(year, last, 14) };
  }
  // Day 0 of the next month is the last day of this one (leap years included).
  return { startsOn: utcDate(year, first, 1), endsOn: utcDate(year, last + 1, 0) };
}

/** The reporting month (year, month) a date falls in under a calendar. */
export function reportingMonthOf(calendar: Calendar, date: Date): { year: number; month: number } {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  if (calendar === "STATE_CUTOFF" && date.getUTCDate() >= 15) {
    return month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  }
  return { year, month };
}

/**
 * The calendar periods (month, quarter, half, nine months when it applies,
 * year) that contain a date, shortest first. Only the UTC date part counts.
 */
export function periodsContaining(calendar: Calendar, date: Date): (PeriodKey & PeriodRange)[] {
  const { year, month } = reportingMonthOf(calendar, date);
  const keys: [CalendarPeriodKind, number][] = [
    ["MONTH", month],
    ["QUARTER", Math.ceil(month / 3)],
    ["HALF_YEAR", month <= 6 ? 1 : 2],
  ];
  if (month <= 9) keys.push(["NINE_MONTHS", 1]);
  keys.push(["YEAR", 1]);
  return keys.map(([kind, sequence]) => ({ calendar, kind, year, sequence, ...periodRange(calendar, kind, year, sequence) }));
}
