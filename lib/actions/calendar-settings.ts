"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { addCommitteeCalendar, addHoliday, removeCommitteeCalendar, removeHoliday, updateReportingSettings } from "@/lib/data/calendar-settings";
import { REPORTING_CALENDAR_PATH } from "@/lib/records/paths";
import { committeeCalendarSchema, holidaySchema, removeCommitteeCalendarSchema, removeHolidaySchema, reportingSettingsSchema } from "@/lib/validation/calendar-settings";
import { submitForm, type FormState } from "./form-state";

function back(): never {
  revalidatePath(REPORTING_CALENDAR_PATH);
  redirect(`${REPORTING_CALENDAR_PATH}?saved=1`);
}

export async function updateReportingSettingsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const outcome = await submitForm(formData, reportingSettingsSchema, (input) => updateReportingSettings(viewer, input));
  if (!outcome.ok) return outcome.state;
  back();
}

export async function addCommitteeCalendarAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const outcome = await submitForm(formData, committeeCalendarSchema, (input) => addCommitteeCalendar(viewer, input));
  if (!outcome.ok) return outcome.state;
  back();
}

export async function removeCommitteeCalendarAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const outcome = await submitForm(formData, removeCommitteeCalendarSchema, (input) => removeCommitteeCalendar(viewer, input.id));
  if (!outcome.ok) return outcome.state;
  back();
}

export async function addHolidayAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const outcome = await submitForm(formData, holidaySchema, (input) => addHoliday(viewer, input));
  if (!outcome.ok) return outcome.state;
  back();
}

export async function removeHolidayAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const outcome = await submitForm(formData, removeHolidaySchema, (input) => removeHoliday(viewer, input.day));
  if (!outcome.ok) return outcome.state;
  back();
}
