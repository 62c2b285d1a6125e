// The reporting calendar: pure functions, no database.
export { periodLabelValues, type LabelledPeriodKind, type PeriodLabelValues } from "./labels";
export { periodRange, periodsContaining, reportingMonthOf, sequencesPerYear, utcDate } from "./range";
export { CALENDAR_PERIOD_KINDS } from "./types";
export type { Calendar, CalendarPeriodKind, PeriodKey, PeriodRange } from "./types";
