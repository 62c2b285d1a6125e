import { getMessages, getTranslations } from "next-intl/server";
import { PeriodPicker } from "@/components/periods/period-picker";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { periodLabelValues, type CalendarPeriodCode, type PeriodCode } from "@/lib/periods";
import { vietnamYear } from "@/lib/time/vietnam";

type Choice = { id: string; name: string };

/**
 * The committee (`ban`) and period (`ky`) of the reporting pages (dashboard,
 * targets, reports): a committee select that keeps the period, and the
 * period picker that keeps the committee and `keep`.
 */
export async function CommitteePeriodPicker({ path, committee, choices, code, ky, keep = {} }: { path: string; committee: Choice; choices: readonly Choice[]; code: PeriodCode; ky: string; keep?: Record<string, string> }) {
  const [m, tPeriods] = await Promise.all([getMessages(), getTranslations("periods")]);
  const periodName = (period: CalendarPeriodCode) => tPeriods("label", periodLabelValues(period.kind, period.year, period.sequence));
  const years: number[] = [];
  for (let year = vietnamYear() + 1; year >= 2020; year--) years.push(year);
  return (
    <>
      <form method="get" action={path} className="flex flex-wrap items-end gap-2">
        <label className="flex min-w-0 flex-1 flex-col gap-1 text-sm sm:max-w-md">
          <span className="font-medium text-ink-800">{m.news.committee}</span>
          <Select name="ban" defaultValue={committee.id}>
            {choices.some((c) => c.id === committee.id) ? null : <option value={committee.id}>{committee.name}</option>}
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        </label>
        {Object.entries(keep).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="ky" value={ky} />
        <Button type="submit" variant="secondary">
          {m.periodPicker.show}
        </Button>
      </form>
      <PeriodPicker
        pathname={path}
        searchParams={{ ban: committee.id, ...keep, ky }}
        selected={code}
        years={years}
        labels={{ legend: m.periodPicker.legend, kinds: m.periodPicker.kinds, period: m.periodPicker.period, show: m.periodPicker.show, periodName }}
      />
    </>
  );
}
