"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { useFormAction } from "@/components/forms/use-form-action";
import type { FormState } from "@/lib/actions/form-state-shape";
import { CALENDARS } from "@/lib/validation/calendar-settings";

// Messages: calendarSettings, dashboard.calendars, committee.levels, photoInput.removeShort, news.committee, common (the page's ClientMessages).

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

const LEVELS = [
  ["deadlineCommune", "COMMUNE"],
  ["deadlineDistrict", "DISTRICT"],
  ["deadlineProvince", "PROVINCE"],
  ["deadlineCentral", "CENTRAL"],
] as const;

export type SettingsValues = { calendar: string; deadlines: Record<"COMMUNE" | "DISTRICT" | "PROVINCE" | "CENTRAL", number>; version: number };

function CalendarSelect({ id, error, defaultValue, label }: { id: string; error?: string | undefined; defaultValue: string; label: string }) {
  const t = useTranslations();
  return (
    <Field id={id} name="calendar" label={label} error={error}>
      {(control) => (
        <Select {...control} defaultValue={defaultValue}>
          {CALENDARS.map((calendar) => (
            <option key={calendar} value={calendar}>
              {t(`dashboard.calendars.${calendar}`)}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}

/** The installation's calendar and the deadlines per level. */
export function ReportingSettingsForm({ action, settings }: { action: Action; settings: SettingsValues }) {
  const t = useTranslations();
  const { state, formAction, pending, value } = useFormAction(action);
  return (
    <form action={formAction} noValidate className="grid gap-4">
      {state.formError ? <Alert tone="danger">{state.formError}</Alert> : null}
      <input type="hidden" name="version" value={settings.version} />
      <CalendarSelect id="settings-calendar" error={state.fieldErrors.calendar} defaultValue={value("calendar", settings.calendar)} label={t("calendarSettings.calendar")} />
      <fieldset className="grid gap-3 sm:grid-cols-4">
        <legend className="mb-2 text-sm font-semibold text-ink-800">{t("calendarSettings.deadlines")}</legend>
        {LEVELS.map(([name, level]) => (
          <Field key={name} id={`settings-${name}`} name={name} label={t(`committee.levels.${level}`)} error={state.fieldErrors[name]}>
            {(control) => <Input {...control} inputMode="numeric" defaultValue={value(name, settings.deadlines[level])} />}
          </Field>
        ))}
      </fieldset>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("common.submitting") : t("common.save")}
        </Button>
      </div>
    </form>
  );
}

/** A committee's own calendar from a year on. */
export function CommitteeCalendarForm({ action, committees, year }: { action: Action; committees: { id: string; name: string }[]; year: number }) {
  const t = useTranslations();
  const { state, formAction, pending, value } = useFormAction(action);
  return (
    <form action={formAction} noValidate className="grid gap-3 sm:grid-cols-[2fr_1fr_2fr_auto] sm:items-start">
      {state.formError ? <Alert tone="danger" className="sm:col-span-4">{state.formError}</Alert> : null}
      <Field id="override-committee" name="committeeId" label={t("news.committee")} error={state.fieldErrors.committeeId}>
        {(control) => (
          <Select {...control} defaultValue={value("committeeId", "")}>
            <option value="" />
            {committees.map((committee) => (
              <option key={committee.id} value={committee.id}>
                {committee.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="override-year" name="fromYear" label={t("calendarSettings.fromYear")} error={state.fieldErrors.fromYear}>
        {(control) => <Input {...control} inputMode="numeric" defaultValue={value("fromYear", year + 1)} />}
      </Field>
      <CalendarSelect id="override-calendar" error={state.fieldErrors.calendar} defaultValue={value("calendar", "STATE_CUTOFF")} label={t("calendarSettings.calendar")} />
      <div className="sm:mt-7">
        <Button type="submit" disabled={pending}>
          {pending ? t("common.submitting") : t("calendarSettings.addOverride")}
        </Button>
      </div>
    </form>
  );
}

/** A button that posts one hidden value (remove an override or a holiday), showing a refusal next to it. */
export function RemoveForm({ action, name, value: hidden }: { action: Action; name: string; value: string }) {
  const t = useTranslations();
  const { state, formAction, pending } = useFormAction(action);
  const refusal = Object.values(state.fieldErrors)[0] ?? state.formError ?? null;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name={name} value={hidden} />
      <Button type="submit" variant="secondary" size="sm" disabled={pending}>
        {t("photoInput.removeShort")}
      </Button>
      {refusal ? (
        <span role="alert" className="text-sm text-danger-700">
          {refusal}
        </span>
      ) : null}
    </form>
  );
}

/** A holiday: its day and name. */
export function HolidayForm({ action }: { action: Action }) {
  const t = useTranslations();
  const { state, formAction, pending, value } = useFormAction(action);
  return (
    <form action={formAction} noValidate className="grid gap-3 sm:grid-cols-[1fr_2fr_auto] sm:items-start">
      {state.formError ? <Alert tone="danger" className="sm:col-span-3">{state.formError}</Alert> : null}
      <Field id="holiday-day" name="day" label={t("calendarSettings.holidayDay")} error={state.fieldErrors.day}>
        {(control) => <Input {...control} type="date" defaultValue={value("day", "")} />}
      </Field>
      <Field id="holiday-name" name="name" label={t("calendarSettings.holidayName")} error={state.fieldErrors.name}>
        {(control) => <Input {...control} autoComplete="off" defaultValue={value("name", "")} />}
      </Field>
      <div className="sm:mt-7">
        <Button type="submit" disabled={pending}>
          {pending ? t("common.submitting") : t("calendarSettings.addHoliday")}
        </Button>
      </div>
    </form>
  );
}
