import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { en } from "@/lib/i18n/messages/en";
import { viTranslator } from "@/lib/i18n/vietnamese";
import {
  periodLabelValues,
  periodRange,
  periodsContaining,
  reportingMonthOf,
  type Calendar,
  type CalendarPeriodKind,
} from "@/lib/periods";

const iso = (date: Date) => date.toISOString().slice(0, 10);

type Row = [Calendar, CalendarPeriodKind, number, number, string, string, string];

// calendar, kind, year, sequence → starts, ends, label
const RANGES: Row[] = [
  // Calendar months.
  ["CALENDAR", "MONTH", 2023, 1, "2023-01-01", "2023-01-31", "Tháng 1/2023"],
  ["CALENDAR", "MONTH", 2023, 2, "2023-02-01", "2023-02-28", "Tháng 2/2023"],
  ["CALENDAR", "MONTH", 2024, 2, "2024-02-01", "2024-02-29", "Tháng 2/2024"],
  ["CALENDAR", "MONTH", 2000, 2, "2000-02-01", "2000-02-29", "Tháng 2/2000"],
  ["CALENDAR", "MONTH", 2100, 2, "2100-02-01", "2100-02-28", "Tháng 2/2100"],
  ["CALENDAR", "MONTH", 2023, 3, "2023-03-01", "2023-03-31", "Tháng 3/2023"],
  ["CALENDAR", "MONTH", 2023, 4, "2023-04-01", "2023-04-30", "Tháng 4/2023"],
  ["CALENDAR", "MONTH", 2023, 12, "2023-12-01", "2023-12-31", "Tháng 12/2023"],
  ["CALENDAR", "QUARTER", 2024, 1, "2024-01-01", "2024-03-31", "Quý I/2024"],
  ["CALENDAR", "QUARTER", 2024, 2, "2024-04-01", "2024-06-30", "Quý II/2024"],
  ["CALENDAR", "QUARTER", 2024, 3, "2024-07-01", "2024-09-30", "Quý III/2024"],
  ["CALENDAR", "QUARTER", 2024, 4, "2024-10-01", "2024-12-31", "Quý IV/2024"],
  ["CALENDAR", "HALF_YEAR", 2022, 1, "2022-01-01", "2022-06-30", "6 tháng đầu năm 2022"],
  ["CALENDAR", "HALF_YEAR", 2022, 2, "2022-07-01", "2022-12-31", "6 tháng cuối năm 2022"],
  ["CALENDAR", "NINE_MONTHS", 2023, 1, "2023-01-01", "2023-09-30", "9 tháng năm 2023"],
  ["CALENDAR", "YEAR", 2023, 1, "2023-01-01", "2023-12-31", "Năm 2023"],
  ["CALENDAR", "YEAR", 2024, 1, "2024-01-01", "2024-12-31", "Năm 2024"],
  // 15th-to-14th cut-off of state reporting.
  ["STATE_CUTOFF", "MONTH", 2023, 1, "2022-12-15", "2023-01-14", "Tháng 1/2023"],
  ["STATE_CUTOFF", "MONTH", 2023, 3, "2023-02-15", "2023-03-14", "Tháng 3/2023"],
  ["STATE_CUTOFF", "MONTH", 2024, 3, "2024-02-15", "2024-03-14", "Tháng 3/2024"],
  ["STATE_CUTOFF", "MONTH", 2023, 12, "2023-11-15", "2023-12-14", "Tháng 12/2023"],
  ["STATE_CUTOFF", "QUARTER", 2024, 1, "2023-12-15", "2024-03-14", "Quý I/2024"],
  ["STATE_CUTOFF", "QUARTER", 2024, 2, "2024-03-15", "2024-06-14", "Quý II/2024"],
  ["STATE_CUTOFF", "QUARTER", 2024, 3, "2024-06-15", "2024-09-14", "Quý III/2024"],
  ["STATE_CUTOFF", "QUARTER", 2024, 4, "2024-09-15", "2024-12-14", "Quý IV/2024"],
  ["STATE_CUTOFF", "HALF_YEAR", 2022, 1, "2021-12-15", "2022-06-14", "6 tháng đầu năm 2022"],
  ["STATE_CUTOFF", "HALF_YEAR", 2022, 2, "2022-06-15", "2022-12-14", "6 tháng cuối năm 2022"],
  ["STATE_CUTOFF", "NINE_MONTHS", 2023, 1, "2022-12-15", "2023-09-14", "9 tháng năm 2023"],
  ["STATE_CUTOFF", "YEAR", 2023, 1, "2022-12-15", "2023-12-14", "Năm 2023"],
  ["STATE_CUTOFF", "YEAR", 2024, 1, "2023-12-15", "2024-12-14", "Năm 2024"],
];

describe("periodRange", () => {
  it.each(RANGES)("%s %s %i/%i → %s … %s (%s)", (calendar, kind, year, sequence, starts, ends, label) => {
    const range = periodRange(calendar, kind, year, sequence);
    expect(iso(range.startsOn)).toBe(starts);
    expect(iso(range.endsOn)).toBe(ends);
    expect(viTranslator("periods.label", periodLabelValues(kind, year, sequence))).toBe(label);
  });

  it("returns UTC-midnight dates", () => {
    for (const [calendar, kind, year, sequence] of RANGES) {
      const { startsOn, endsOn } = periodRange(calendar, kind, year, sequence);
      for (const date of [startsOn, endsOn]) {
        expect(date.getUTCHours() + date.getUTCMinutes() + date.getUTCSeconds() + date.getUTCMilliseconds()).toBe(0);
      }
    }
  });

  it.each<Calendar>(["CALENDAR", "STATE_CUTOFF"])("months of %s tile the year with no gap or overlap", (calendar) => {
    for (const year of [2023, 2024]) {
      let next = periodRange(calendar, "YEAR", year, 1).startsOn;
      for (let month = 1; month <= 12; month++) {
        const range = periodRange(calendar, "MONTH", year, month);
        expect(iso(range.startsOn)).toBe(iso(next));
        next = new Date(range.endsOn.getTime() + 86_400_000);
      }
      expect(iso(new Date(next.getTime() - 86_400_000))).toBe(iso(periodRange(calendar, "YEAR", year, 1).endsOn));
    }
  });

  it.each<[CalendarPeriodKind, number]>([
    ["MONTH", 0],
    ["MONTH", 13],
    ["QUARTER", 5],
    ["HALF_YEAR", 3],
    ["NINE_MONTHS", 2],
    ["YEAR", 2],
    ["MONTH", 1.5],
  ])("rejects %s sequence %s", (kind, sequence) => {
    expect(() => periodRange("CALENDAR", kind, 2023, sequence)).toThrow(RangeError);
  });

  it("rejects PHASE, whose dates are explicit", () => {
    expect(() => periodRange("CALENDAR", "PHASE" as CalendarPeriodKind, 2023, 1)).toThrow(RangeError);
  });
});

describe("labels", () => {
  it.each<[CalendarPeriodKind, number, number, string]>([
    ["MONTH", 2023, 3, "Tháng 3/2023"],
    ["QUARTER", 2024, 2, "Quý II/2024"],
    ["QUARTER", 2024, 4, "Quý IV/2024"],
    ["HALF_YEAR", 2022, 1, "6 tháng đầu năm 2022"],
    ["HALF_YEAR", 2022, 2, "6 tháng cuối năm 2022"],
    ["NINE_MONTHS", 2023, 1, "9 tháng năm 2023"],
    ["YEAR", 2023, 1, "Năm 2023"],
  ])("%s %i/%i is “%s”", (kind, year, sequence, label) => {
    expect(viTranslator("periods.label", periodLabelValues(kind, year, sequence))).toBe(label);
  });

  it("labels phases", () => {
    expect(viTranslator("periods.label", periodLabelValues("PHASE", 2023, 1))).toBe("Đợt 1 năm 2023");
  });

  it.each<[CalendarPeriodKind | "PHASE", number, number, string]>([
    ["MONTH", 2023, 3, "Month 3/2023"],
    ["QUARTER", 2024, 2, "Q2/2024"],
    ["HALF_YEAR", 2022, 1, "First half of 2022"],
    ["HALF_YEAR", 2022, 2, "Second half of 2022"],
    ["NINE_MONTHS", 2023, 1, "First nine months of 2023"],
    ["YEAR", 2023, 1, "Year 2023"],
    ["PHASE", 2023, 1, "Phase 1 of 2023"],
  ])("%s %i/%i is “%s” in English", (kind, year, sequence, label) => {
    const t = createTranslator({ locale: "en", messages: en, namespace: "periods" });
    expect(t("label", periodLabelValues(kind, year, sequence))).toBe(label);
  });
});

describe("periodsContaining", () => {
  const keys = (calendar: Calendar, date: string) =>
    periodsContaining(calendar, new Date(`${date}T00:00:00Z`)).map((p) => `${p.kind} ${p.year}/${p.sequence}`);

  it.each<[Calendar, string, string[]]>([
    ["CALENDAR", "2022-07-05", ["MONTH 2022/7", "QUARTER 2022/3", "HALF_YEAR 2022/2", "NINE_MONTHS 2022/1", "YEAR 2022/1"]],
    ["CALENDAR", "2023-12-31", ["MONTH 2023/12", "QUARTER 2023/4", "HALF_YEAR 2023/2", "YEAR 2023/1"]],
    ["CALENDAR", "2024-02-29", ["MONTH 2024/2", "QUARTER 2024/1", "HALF_YEAR 2024/1", "NINE_MONTHS 2024/1", "YEAR 2024/1"]],
    ["STATE_CUTOFF", "2022-12-20", ["MONTH 2023/1", "QUARTER 2023/1", "HALF_YEAR 2023/1", "NINE_MONTHS 2023/1", "YEAR 2023/1"]],
    ["STATE_CUTOFF", "2022-12-14", ["MONTH 2022/12", "QUARTER 2022/4", "HALF_YEAR 2022/2", "YEAR 2022/1"]],
    ["STATE_CUTOFF", "2022-06-15", ["MONTH 2022/7", "QUARTER 2022/3", "HALF_YEAR 2022/2", "NINE_MONTHS 2022/1", "YEAR 2022/1"]],
    ["STATE_CUTOFF", "2022-06-14", ["MONTH 2022/6", "QUARTER 2022/2", "HALF_YEAR 2022/1", "NINE_MONTHS 2022/1", "YEAR 2022/1"]],
  ])("%s %s", (calendar, date, expected) => {
    expect(keys(calendar, date)).toEqual(expected);
  });

  it("returns periods that contain the date", () => {
    for (const calendar of ["CALENDAR", "STATE_CUTOFF"] as const) {
      for (let t = Date.UTC(2023, 0, 1); t < Date.UTC(2025, 0, 1); t += 86_400_000) {
        const date = new Date(t);
        for (const period of periodsContaining(calendar, date)) {
          expect(period.startsOn.getTime()).toBeLessThanOrEqual(t);
          expect(period.endsOn.getTime()).toBeGreaterThanOrEqual(t);
        }
      }
    }
  });

  it("maps dates to reporting months", () => {
    expect(reportingMonthOf("STATE_CUTOFF", new Date("2023-12-15T00:00:00Z"))).toEqual({ year: 2024, month: 1 });
    expect(reportingMonthOf("CALENDAR", new Date("2023-12-15T00:00:00Z"))).toEqual({ year: 2023, month: 12 });
  });
});
