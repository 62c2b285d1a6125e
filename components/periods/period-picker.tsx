// The period picker lists and dashboards share. A server component that works
// without JavaScript: the kind choices are links and the period is a GET form;
// both change only `ky` in the URL and keep the other parameters.
import Link from "next/link";
import { formatPeriodCode, type CalendarPeriodCode, type CalendarPeriodKind, type PeriodCode } from "@/lib/periods";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { cx } from "@/components/ui/cx";
import { keptParams, PICKER_KINDS, periodHref, periodsByYear, switchKind, type SearchParams } from "./period-choices";

export type PeriodPickerLabels = {
  /** Names the whole control ("Kỳ báo cáo"). */
  legend: string;
  /** The kind choices: "Năm", "6 tháng", "9 tháng", "Quý", "Tháng". */
  kinds: Record<CalendarPeriodKind, string>;
  /** The label of the period select. */
  period: string;
  /** The submit button of the form ("Xem"). */
  show: string;
  /** The name of one period: "Quý III/2022". */
  periodName: (period: CalendarPeriodCode) => string;
};

type PeriodPickerProps = {
  /** The page the picker links to (its own path). */
  pathname: string;
  searchParams: SearchParams;
  /** The period shown now (from the `ky` parameter, already resolved). */
  selected: PeriodCode;
  /** When `selected` is a campaign phase: its name, and the calendar period the kind choices start from. */
  phase?: { name: string; around: CalendarPeriodCode };
  /** Years offered, newest first. */
  years: readonly number[];
  labels: PeriodPickerLabels;
  /** Parameters a new period makes meaningless (a page number, a cursor). */
  reset?: readonly string[];
  /** The kinds offered (all, longest first, by default). */
  kinds?: readonly CalendarPeriodKind[];
  /**
   * Lists may offer every period ("Mọi kỳ"): a first link to `href` and an
   * empty first option; `active` when no period filters the list (then
   * `selected` only says which year the kind links start from).
   */
  anyPeriod?: { label: string; href: string; active: boolean };
  className?: string;
};

export function PeriodPicker({ pathname, searchParams, selected, phase, years, labels, reset = [], kinds = PICKER_KINDS, anyPeriod, className }: PeriodPickerProps) {
  const base: CalendarPeriodCode | undefined = selected.kind === "PHASE" ? phase?.around : selected;
  const activeKind = selected.kind === "PHASE" || anyPeriod?.active ? null : selected.kind;
  const shownKind = activeKind ?? base?.kind ?? "YEAR";
  const selectedCode = formatPeriodCode(selected);
  const offeredYears = base && !years.includes(base.year) ? [...years, base.year] : years;
  return (
    <div className={cx("flex flex-wrap items-end gap-3", className)}>
      <nav aria-label={labels.legend} className="flex flex-wrap gap-1 text-sm">
        {anyPeriod ? (
          <Link
            href={anyPeriod.href}
            aria-current={anyPeriod.active ? "true" : undefined}
            className="rounded-md px-2.5 py-1 text-ink-700 hover:bg-ink-100 aria-[current=true]:bg-brand-700 aria-[current=true]:text-white"
          >
            {anyPeriod.label}
          </Link>
        ) : null}
        {kinds.map((kind) => (
          <Link
            key={kind}
            href={periodHref(pathname, searchParams, base ? switchKind(base, kind) : { kind, year: years[0] ?? 2000, sequence: 1 }, reset)}
            aria-current={kind === activeKind ? "true" : undefined}
            className="rounded-md px-2.5 py-1 text-ink-700 hover:bg-ink-100 aria-[current=true]:bg-brand-700 aria-[current=true]:text-white"
          >
            {labels.kinds[kind]}
          </Link>
        ))}
      </nav>
      <form method="get" action={pathname} className="flex items-end gap-2">
        {keptParams(searchParams, reset).map(([name, value], index) => (
          <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
        ))}
        <label className="flex flex-col gap-1 text-sm font-medium text-ink-800">
          {labels.period}
          <Select name="ky" defaultValue={anyPeriod?.active ? "" : selectedCode} className="w-auto">
            {anyPeriod ? <option value="">{anyPeriod.label}</option> : null}
            {phase && selected.kind === "PHASE" ? <option value={selectedCode}>{phase.name}</option> : null}
            {periodsByYear(shownKind, offeredYears).map(({ year, periods }) =>
              shownKind === "YEAR" || shownKind === "NINE_MONTHS" ? (
                periods.map((period) => (
                  <option key={formatPeriodCode(period)} value={formatPeriodCode(period)}>
                    {labels.periodName(period)}
                  </option>
                ))
              ) : (
                <optgroup key={year} label={String(year)}>
                  {periods.map((period) => (
                    <option key={formatPeriodCode(period)} value={formatPeriodCode(period)}>
                      {labels.periodName(period)}
                    </option>
                  ))}
                </optgroup>
              ),
            )}
          </Select>
        </label>
        <Button type="submit" variant="secondary">
          {labels.show}
        </Button>
      </form>
    </div>
  );
}
