// The reporting calendar: pure functions, no database.
export { periodLabel, phaseLabel } from "./labels";
export { periodRange, periodsContaining, reportingMonthOf, sequencesPerYear, utcDate } from "./range";
export { CALENDAR_PERIOD_KINDS } from "./types";
export type { Calendar, CalendarPeriodKind, PeriodKey, PeriodRange } from "./types";
