// What the period picker offers, and the URLs it links to: pure functions,
// so lists and dashboards build the same links and tests can read them.
import { formatPeriodCode, sequencesPerYear, type CalendarPeriodCode, type CalendarPeriodKind } from "@/lib/periods";

export type SearchParams = Record<string, string | string[] | undefined>;

/** The first reporting month (1–12) of a calendar period. */
function firstMonth({ kind, sequence }: CalendarPeriodCode): number {
  return { MONTH: sequence, QUARTER: 3 * sequence - 2, HALF_YEAR: 6 * sequence - 5, NINE_MONTHS: 1, YEAR: 1 }[kind];
}

/** The period of another kind in the same year that starts with (or contains) the same month: 2022-Q3 → 2022-H2, 2022-M07. */
export function switchKind(period: CalendarPeriodCode, kind: CalendarPeriodKind): CalendarPeriodCode {
  const month = firstMonth(period);
  const sequence = { MONTH: month, QUARTER: Math.ceil(month / 3), HALF_YEAR: month <= 6 ? 1 : 2, NINE_MONTHS: 1, YEAR: 1 }[kind];
  return { kind, year: period.year, sequence };
}

/** Every period of a kind in the given years, newest year first, grouped by year. */
export function periodsByYear(kind: CalendarPeriodKind, years: readonly number[]): { year: number; periods: CalendarPeriodCode[] }[] {
  return [...years]
    .sort((a, b) => b - a)
    .map((year) => ({ year, periods: Array.from({ length: sequencesPerYear(kind) }, (_, i) => ({ kind, year, sequence: i + 1 })) }));
}

/** The years a picker offers: from `first` to the current year and the one after, newest first. */
export function pickerYears(first: number, current: number): number[] {
  const years: number[] = [];
  for (let year = current + 1; year >= Math.min(first, current); year--) years.push(year);
  return years;
}

/**
 * The other search parameters as [name, value] pairs, without `ky` and the
 * ones a new period makes meaningless (a page number, a cursor).
 */
export function keptParams(searchParams: SearchParams, reset: readonly string[] = []): [string, string][] {
  const drop = new Set(["ky", ...reset]);
  return Object.entries(searchParams).flatMap(([name, value]) =>
    drop.has(name) || value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((v): [string, string] => [name, v]),
  );
}

/** The URL of the same page with another period: only `ky` changes (and the reset parameters go). */
export function periodHref(pathname: string, searchParams: SearchParams, period: CalendarPeriodCode, reset: readonly string[] = []): string {
  const query = new URLSearchParams(keptParams(searchParams, reset));
  query.set("ky", formatPeriodCode(period));
  return `${pathname}?${query.toString()}`;
}

/** The kind choices, longest first: year, halves, nine months, quarters, months. */
export const PICKER_KINDS: readonly CalendarPeriodKind[] = ["YEAR", "HALF_YEAR", "NINE_MONTHS", "QUARTER", "MONTH"];
