import type { Metadata } from "next";
import { getMessages, getTranslations } from "next-intl/server";
import { CommitteeCalendarForm, HolidayForm, RemoveForm, ReportingSettingsForm } from "@/components/admin/calendar-forms";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { Alert } from "@/components/ui/alert";
import { addCommitteeCalendarAction, addHolidayAction, removeCommitteeCalendarAction, removeHolidayAction, updateReportingSettingsAction } from "@/lib/actions/calendar-settings";
import { requireViewer } from "@/lib/auth/viewer";
import { getCalendarSettings } from "@/lib/data/calendar-settings";
import { orNotFound } from "@/lib/data/not-found";
import { getFormat } from "@/lib/i18n/server";
import { ClientMessages } from "@/lib/i18n/server";
import { vietnamYear } from "@/lib/time/vietnam";
import { dayInputValue } from "@/lib/validation/day";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("reportingCalendar") };
}

const SECTION = "rounded-lg border border-ink-200 bg-white p-5 shadow-sm sm:p-6";

// Admins only: the layout answers 404 to anyone else, and the data layer checks again.
export default async function ReportingCalendarPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const [{ saved }, m, format, data] = await Promise.all([searchParams, getMessages(), getFormat(), orNotFound(getCalendarSettings(viewer))]);
  const c = m.calendarSettings;
  return (
    <WorkspacePage title={m.nav.reportingCalendar} lead={c.lead}>
      {saved === "1" ? (
        <Alert tone="success" className="mb-4">
          {c.saved}
        </Alert>
      ) : null}
      <ClientMessages paths={["calendarSettings", "dashboard.calendars", "committee.levels", "photoInput.removeShort", "news.committee", "common"]}>
        <div className="grid max-w-4xl gap-6">
          <section aria-labelledby="settings" className={SECTION}>
            <h2 id="settings" className="mb-4 text-lg font-semibold text-ink-900">
              {c.settings}
            </h2>
            <ReportingSettingsForm action={updateReportingSettingsAction} settings={data.settings} />
          </section>
          <section aria-labelledby="overrides" className={SECTION}>
            <h2 id="overrides" className="mb-4 text-lg font-semibold text-ink-900">
              {c.overrides}
            </h2>
            {data.overrides.length === 0 ? <p className="mb-4 text-sm text-ink-700">{c.noOverrides}</p> : null}
            <ul className="mb-4 flex flex-col divide-y divide-ink-100">
              {data.overrides.map((override) => (
                <li key={override.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                  <span>
                    <span className="font-medium text-ink-900">{override.committee.name}</span> · {c.fromYear} {override.fromYear} · {m.dashboard.calendars[override.calendar]}
                  </span>
                  <RemoveForm action={removeCommitteeCalendarAction} name="id" value={override.id} />
                </li>
              ))}
            </ul>
            <CommitteeCalendarForm action={addCommitteeCalendarAction} committees={data.committees} year={vietnamYear()} />
          </section>
          <section aria-labelledby="holidays" className={SECTION}>
            <h2 id="holidays" className="mb-4 text-lg font-semibold text-ink-900">
              {c.holidays}
            </h2>
            {data.holidays.length === 0 ? <p className="mb-4 text-sm text-ink-700">{c.noHolidays}</p> : null}
            <ul className="mb-4 flex flex-col divide-y divide-ink-100">
              {data.holidays.map((holiday) => (
                <li key={dayInputValue(holiday.day)} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                  <span>
                    <span className="font-medium text-ink-900 tabular-nums">{format.date(holiday.day)}</span> · {holiday.name}
                  </span>
                  <RemoveForm action={removeHolidayAction} name="day" value={dayInputValue(holiday.day)} />
                </li>
              ))}
            </ul>
            <HolidayForm action={addHolidayAction} />
          </section>
        </div>
      </ClientMessages>
    </WorkspacePage>
  );
}
