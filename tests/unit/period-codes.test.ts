import { describe, expect, it } from "vitest";
import { z } from "zod";
import { calendarPeriodDates, CALENDAR_PERIOD_KINDS, formatPeriodCode, parsePeriodCode, sequencesPerYear, type Calendar, type PeriodCode } from "@/lib/periods";
import { periodParam } from "@/lib/validation/period";

const iso = (date: Date) => date.toISOString().slice(0, 10);

function everyCalendarCode(year: number): PeriodCode[] {
  return CALENDAR_PERIOD_KINDS.flatMap((kind) => Array.from({ length: sequencesPerYear(kind) }, (_, i) => ({ kind, year, sequence: i + 1 })));
}

describe("period codes", () => {
  it("round-trip every code of a year: 12 months, 4 quarters, 2 halves, 9 months, the year", () => {
    const codes = everyCalendarCode(2022).map(formatPeriodCode);
    expect(codes).toHaveLength(20);
    expect(codes).toEqual(expect.arrayContaining(["2022", "2022-H1", "2022-H2", "2022-9M", "2022-Q1", "2022-Q4", "2022-M01", "2022-M09", "2022-M12"]));
    for (const code of codes) expect(formatPeriodCode(parsePeriodCode(code)!)).toBe(code);
    for (const period of everyCalendarCode(1900).concat(everyCalendarCode(9999))) expect(parsePeriodCode(formatPeriodCode(period))).toEqual(period);
  });

  it("round-trip campaign phases", () => {
    expect(parsePeriodCode("dot-clx0abc123")).toEqual({ kind: "PHASE", phaseId: "clx0abc123" });
    expect(parsePeriodCode("dot-seed_phase-hiep-ninh-1")).toEqual({ kind: "PHASE", phaseId: "seed_phase-hiep-ninh-1" });
    expect(formatPeriodCode({ kind: "PHASE", phaseId: "clx0abc123" })).toBe("dot-clx0abc123");
  });

  it.each([
    "2022-Q5",
    "2022-Q0",
    "2022-M13",
    "2022-M00",
    "2022-M1",
    "2022-H3",
    "2022-H1x",
    " 2022",
    "2022\n",
    "2022-h1",
    "2022-8M",
    "abcd",
    "",
    "22",
    "20222",
    "99999999999999999999",
    "1899",
    "0000",
    "２０２２",
    "2022\u0000",
    "dot-",
    "dot-a b",
    "dot-x\u0000",
    `dot-${"a".repeat(65)}`,
    "DOT-abc",
  ])("refuse %j", (code) => {
    expect(parsePeriodCode(code)).toBeNull();
  });

  it("refuse what is not a string", () => {
    for (const value of [undefined, null, 2022, ["2022", "2023"], {}]) expect(parsePeriodCode(value)).toBeNull();
  });

  it.each<[Calendar, string, string, string]>([
    ["CALENDAR", "2022", "2022-01-01", "2022-12-31"],
    ["CALENDAR", "2022-H1", "2022-01-01", "2022-06-30"],
    ["CALENDAR", "2022-H2", "2022-07-01", "2022-12-31"],
    ["CALENDAR", "2022-9M", "2022-01-01", "2022-09-30"],
    ["CALENDAR", "2022-Q3", "2022-07-01", "2022-09-30"],
    ["CALENDAR", "2024-M02", "2024-02-01", "2024-02-29"],
    ["CALENDAR", "2023-M02", "2023-02-01", "2023-02-28"],
    ["CALENDAR", "2000-M02", "2000-02-01", "2000-02-29"],
    ["CALENDAR", "1900-M02", "1900-02-01", "1900-02-28"],
    ["STATE_CUTOFF", "2022", "2021-12-15", "2022-12-14"],
    ["STATE_CUTOFF", "2022-H1", "2021-12-15", "2022-06-14"],
    ["STATE_CUTOFF", "2022-H2", "2022-06-15", "2022-12-14"],
    ["STATE_CUTOFF", "2022-9M", "2021-12-15", "2022-09-14"],
    ["STATE_CUTOFF", "2022-Q1", "2021-12-15", "2022-03-14"],
    ["STATE_CUTOFF", "2024-M03", "2024-02-15", "2024-03-14"],
    ["STATE_CUTOFF", "2024-M01", "2023-12-15", "2024-01-14"],
  ])("%s %s is %s – %s", (calendar, code, starts, ends) => {
    const period = parsePeriodCode(code);
    if (!period || period.kind === "PHASE") throw new Error(`${code} did not parse`);
    const { startsOn, endsOn } = calendarPeriodDates(calendar, period);
    expect([iso(startsOn), iso(endsOn)]).toEqual([starts, ends]);
  });
});

describe("the ky search parameter", () => {
  const clock = () => new Date("2025-12-31T23:30:00Z"); // already 1/1/2026 in Vietnam
  const schema = z.object({ ky: periodParam({ clock }) });

  it("reads a good code", () => {
    expect(schema.parse({ ky: "2022-H1" }).ky).toEqual({ kind: "HALF_YEAR", year: 2022, sequence: 1 });
    expect(schema.parse({ ky: "dot-abc" }).ky).toEqual({ kind: "PHASE", phaseId: "abc" });
  });

  it.each([undefined, "", "2022-Q5", "2022-M13", "abcd", "2022-H1x", "123456789012", "2022\u0000", ["2022", "2023"]])("falls back to the current year in Vietnam for %j", (ky) => {
    expect(schema.parse({ ky }).ky).toEqual({ kind: "YEAR", year: 2026, sequence: 1 });
  });

  it("falls back to the current period of the kind asked for, under the calendar asked for", () => {
    const cutoff = z.object({ ky: periodParam({ calendar: "STATE_CUTOFF", fallbackKind: "HALF_YEAR", clock: () => new Date("2022-12-20T03:00:00Z") }) });
    expect(cutoff.parse({}).ky).toEqual({ kind: "HALF_YEAR", year: 2023, sequence: 1 });
  });
});
