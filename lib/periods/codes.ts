// The `ky` codes of the URL (DESIGN.md, "Routes"): `2022` (year), `2022-H1`
// and `2022-H2` (halves), `2022-9M` (nine months), `2022-Q1`…`2022-Q4`,
// `2022-M01`…`2022-M12`, and `dot-<phase id>` (a campaign phase, whose dates
// live in the database). Codes name periods independently of the calendar;
// the calendar turns them into dates. Pure functions, no database.
import { RECORD_ID_PATTERN } from "@/lib/validation/fields";
import { periodRange, sequencesPerYear } from "./range";
import type { Calendar, CalendarPeriodKind } from "./types";

/** A period the calendar dates: a year, half, nine months, quarter or month. */
export type CalendarPeriodCode = { kind: CalendarPeriodKind; year: number; sequence: number };
/** A campaign phase: its dates come from the database (`resolvePeriod` in lib/data/periods). */
export type PhasePeriodCode = { kind: "PHASE"; phaseId: string };
export type PeriodCode = CalendarPeriodCode | PhasePeriodCode;

/** Years a code may name (the range `periodRange` dates). */
export const PERIOD_CODE_YEARS = { min: 1900, max: 9999 } as const;

const PHASE_PREFIX = "dot-";

const CALENDAR_CODE = /^(\d{4})(?:-(H[12]|9M|Q[1-4]|M(?:0[1-9]|1[0-2])))?$/;

function suffixOf({ kind, sequence }: CalendarPeriodCode): string {
  switch (kind) {
    case "YEAR":
      return "";
    case "HALF_YEAR":
      return `-H${sequence}`;
    case "NINE_MONTHS":
      return "-9M";
    case "QUARTER":
      return `-Q${sequence}`;
    case "MONTH":
      return `-M${String(sequence).padStart(2, "0")}`;
  }
}

function kindOf(suffix: string | undefined): [CalendarPeriodKind, number] {
  if (suffix === undefined) return ["YEAR", 1];
  if (suffix === "9M") return ["NINE_MONTHS", 1];
  const sequence = Number(suffix.slice(1));
  return [{ H: "HALF_YEAR", Q: "QUARTER", M: "MONTH" }[suffix[0] as "H" | "Q" | "M"] as CalendarPeriodKind, sequence];
}

/** The code of a period: `{ kind: "QUARTER", year: 2022, sequence: 3 }` → "2022-Q3". */
export function formatPeriodCode(period: PeriodCode): string {
  if (period.kind === "PHASE") return `${PHASE_PREFIX}${period.phaseId}`;
  return `${String(period.year).padStart(4, "0")}${suffixOf(period)}`;
}

/** Is this a period a code can name (a whole sequence of its kind, a year in range)? */
export function isValidCalendarPeriod({ kind, year, sequence }: CalendarPeriodCode): boolean {
  return (
    Number.isInteger(year) &&
    year >= PERIOD_CODE_YEARS.min &&
    year <= PERIOD_CODE_YEARS.max &&
    Number.isInteger(sequence) &&
    sequence >= 1 &&
    sequence <= sequencesPerYear(kind)
  );
}

/** The period a code names, or null for anything else (never throws). */
export function parsePeriodCode(value: unknown): PeriodCode | null {
  if (typeof value !== "string") return null;
  if (value.startsWith(PHASE_PREFIX)) {
    const phaseId = value.slice(PHASE_PREFIX.length); // a record id (cuid or seed id)
    return RECORD_ID_PATTERN.test(phaseId) ? { kind: "PHASE", phaseId } : null;
  }
  const match = CALENDAR_CODE.exec(value);
  if (!match) return null;
  const [kind, sequence] = kindOf(match[2]);
  const period = { kind, year: Number(match[1]), sequence };
  return isValidCalendarPeriod(period) ? period : null;
}

/** First and last day (UTC midnight, inclusive) of a calendar period under a calendar. */
export function calendarPeriodDates(calendar: Calendar, period: CalendarPeriodCode): { startsOn: Date; endsOn: Date } {
  const { startsOn, endsOn } = periodRange(calendar, period.kind, period.year, period.sequence);
  return { startsOn, endsOn };
}
