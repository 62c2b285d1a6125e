// Vietnam's time: "today", the current year and the current reporting period
// are Asia/Ho_Chi_Minh's, whatever zone the server runs in (TZ). Every
// function takes an injectable clock so tests can pin "now".
import type { CalendarPeriodCode } from "@/lib/periods/codes";
import { periodsContaining } from "@/lib/periods/range";
import type { Calendar, CalendarPeriodKind } from "@/lib/periods/types";

export const VIETNAM_TIME_ZONE = "Asia/Ho_Chi_Minh";

/** Where "now" comes from: the system clock, or a fixed instant in tests. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

const calendarDay = new Intl.DateTimeFormat("en-CA", { timeZone: VIETNAM_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** The calendar day in Vietnam at an instant, as a date-only value (UTC midnight, like a `@db.Date` column). */
export function vietnamDateOf(instant: Date): Date {
  const parts: Record<string, string> = {};
  for (const part of calendarDay.formatToParts(instant)) parts[part.type] = part.value;
  return new Date(Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day)));
}

/** Today in Vietnam, as a date-only value (UTC midnight). */
export function vietnamToday(clock: Clock = systemClock): Date {
  return vietnamDateOf(clock());
}

/** The calendar year in Vietnam now. */
export function vietnamYear(clock: Clock = systemClock): number {
  return vietnamToday(clock).getUTCFullYear();
}

/**
 * The period of `kind` that contains today in Vietnam under a calendar. Under
 * the cut-off calendar 20/12/2022 already belongs to the year 2023. Nine
 * months, once past, gives way to the year it belongs to.
 */
export function currentPeriod(calendar: Calendar, kind: CalendarPeriodKind, clock: Clock = systemClock): CalendarPeriodCode {
  const containing = periodsContaining(calendar, vietnamToday(clock));
  const found = containing.find((period) => period.kind === kind) ?? containing.find((period) => period.kind === "YEAR")!;
  return { kind: found.kind, year: found.year, sequence: found.sequence };
}

/** Vietnam keeps UTC+7 all year (no daylight saving since 1975). */
const VIETNAM_OFFSET_HOURS = 7;

/** The instant of a day (date-only value) at a time of day (1970-01-01Thh:mmZ, as TIME columns and optionalTime give) in Vietnam. */
export function vietnamInstant(day: Date, time: Date): Date {
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), time.getUTCHours() - VIETNAM_OFFSET_HOURS, time.getUTCMinutes()));
}

/** The time of day in Vietnam at an instant, "hh:mm". */
export function vietnamTimeText(instant: Date): string {
  const shifted = new Date(instant.getTime() + VIETNAM_OFFSET_HOURS * 3_600_000);
  return shifted.toISOString().slice(11, 16);
}
