// The reporting calendar's vocabulary. These string unions match the Prisma
// enums `ReportingCalendar` and `PeriodKind`, so values pass either way
// without this pure module depending on the generated client.

/** CALENDAR: calendar months. STATE_CUTOFF: the 15th-to-14th cut-off of state reporting. */
export type Calendar = "CALENDAR" | "STATE_CUTOFF";

/** Period kinds whose dates follow from the calendar (PHASE periods carry explicit dates). */
export type CalendarPeriodKind = "MONTH" | "QUARTER" | "HALF_YEAR" | "NINE_MONTHS" | "YEAR";

export const CALENDAR_PERIOD_KINDS: readonly CalendarPeriodKind[] = ["MONTH", "QUARTER", "HALF_YEAR", "NINE_MONTHS", "YEAR"];

export type PeriodRange = {
  /** First day, UTC midnight (the database column is a date). */
  startsOn: Date;
  /** Last day, inclusive, UTC midnight. */
  endsOn: Date;
};

export type PeriodKey = { calendar: Calendar; kind: CalendarPeriodKind; year: number; sequence: number };
