import { z } from "zod";
import { parsePeriodCode, type Calendar, type CalendarPeriodKind, type PeriodCode } from "@/lib/periods";
import { currentPeriod, systemClock, type Clock } from "@/lib/time/vietnam";

export type PeriodParamOptions = {
  /** The calendar that decides which period is current (the cut-off moves the year on 15/12). */
  calendar?: Calendar;
  /** The kind of the current period a missing or bad code falls back to. */
  fallbackKind?: CalendarPeriodKind;
  clock?: Clock;
};

/**
 * The `ky` search parameter: a period code (lib/periods/codes). A missing or
 * bad value (a repeated parameter, "2022-Q5", a NUL byte…) falls back to the
 * current period in Vietnam, never an error.
 */
export function periodParam({ calendar = "CALENDAR", fallbackKind = "YEAR", clock = systemClock }: PeriodParamOptions = {}) {
  return z
    .unknown()
    .transform((value, context): PeriodCode => {
      const period = parsePeriodCode(value);
      if (period) return period;
      context.addIssue({ code: "custom", message: "validation.invalid" });
      return z.NEVER;
    })
    .catch(() => currentPeriod(calendar, fallbackKind, clock));
}
