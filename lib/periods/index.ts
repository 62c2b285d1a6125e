// The reporting calendar: pure functions, no database.
export { periodLabelValues, type LabelledPeriodKind, type PeriodLabelValues } from "./labels";
export { periodRange, periodsContaining, reportingMonthOf, sequencesPerYear, utcDate } from "./range";
export { calendarPeriodDates, formatPeriodCode, isValidCalendarPeriod, parsePeriodCode, PERIOD_CODE_YEARS } from "./codes";
export type { CalendarPeriodCode, PeriodCode, PhasePeriodCode } from "./codes";
export { CALENDAR_PERIOD_KINDS } from "./types";
export { addWorkingDays, holidaySet, DEFAULT_DEADLINES, isWorkingDay, submissionDeadline, submissionStatus } from "./deadlines";
export type { CommitteeLevel, DeadlineSettings, HolidaySet } from "./deadlines";
export type { Calendar, CalendarPeriodKind, PeriodKey, PeriodRange } from "./types";
