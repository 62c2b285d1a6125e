import { z } from "zod";
import { dayField } from "./day";
import { recordId, text, version } from "./fields";
import { message } from "./message";

// The reporting calendar admins keep (/quan-tri/lich-bao-cao): the
// installation's calendar and deadlines, committees' overrides, holidays.

export const CALENDARS = ["CALENDAR", "STATE_CUTOFF"] as const;

const deadline = z.coerce
  .number({ error: message("calendarSettings.validation.deadline") })
  .int(message("calendarSettings.validation.deadline"))
  .min(0, message("calendarSettings.validation.deadline"))
  .max(60, message("calendarSettings.validation.deadline"));

export const reportingSettingsSchema = z.object({
  calendar: z.enum(CALENDARS, message("validation.invalid")),
  deadlineCommune: deadline,
  deadlineDistrict: deadline,
  deadlineProvince: deadline,
  deadlineCentral: deadline,
  version,
});

export const committeeCalendarSchema = z.object({
  committeeId: recordId,
  fromYear: z.coerce
    .number({ error: message("calendarSettings.validation.year") })
    .int(message("calendarSettings.validation.year"))
    .min(1900, message("calendarSettings.validation.year"))
    .max(9999, message("calendarSettings.validation.year")),
  calendar: z.enum(CALENDARS, message("validation.invalid")),
});

export const holidaySchema = z.object({ day: dayField(), name: text(120) });

export const removeHolidaySchema = z.object({ day: dayField() });
export const removeCommitteeCalendarSchema = z.object({ id: recordId });

export type ReportingSettingsInput = z.infer<typeof reportingSettingsSchema>;
export type CommitteeCalendarInput = z.infer<typeof committeeCalendarSchema>;
export type HolidayInput = z.infer<typeof holidaySchema>;
