import { afterEach, describe, expect, it } from "vitest";
import { currentPeriod, vietnamDateOf, vietnamInstant, vietnamTimeText, vietnamToday, vietnamYear } from "@/lib/time/vietnam";

const at = (iso: string) => () => new Date(iso);
const day = (date: Date) => date.toISOString();

describe("Vietnam time", () => {
  const zone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = zone;
  });

  // The server's own zone must not matter: west of UTC, UTC, east of Vietnam.
  it.each(["America/Los_Angeles", "UTC", "Asia/Ho_Chi_Minh", "Pacific/Kiritimati"])("at 23:30 UTC on 31/12 the portal is already in the new year (TZ=%s)", (tz) => {
    process.env.TZ = tz;
    const clock = at("2025-12-31T23:30:00Z");
    expect(vietnamYear(clock)).toBe(2026);
    expect(day(vietnamToday(clock))).toBe("2026-01-01T00:00:00.000Z");
    expect(currentPeriod("CALENDAR", "MONTH", clock)).toEqual({ kind: "MONTH", year: 2026, sequence: 1 });
  });

  it("changes day at midnight in Vietnam (17:00 UTC)", () => {
    expect(day(vietnamDateOf(new Date("2024-02-28T16:59:59Z")))).toBe("2024-02-28T00:00:00.000Z");
    expect(day(vietnamDateOf(new Date("2024-02-28T17:00:00Z")))).toBe("2024-02-29T00:00:00.000Z");
  });

  it.each([
    ["CALENDAR", "YEAR", "2022-12-20T05:00:00Z", { kind: "YEAR", year: 2022, sequence: 1 }],
    ["STATE_CUTOFF", "YEAR", "2022-12-20T05:00:00Z", { kind: "YEAR", year: 2023, sequence: 1 }],
    ["CALENDAR", "HALF_YEAR", "2022-07-01T01:00:00Z", { kind: "HALF_YEAR", year: 2022, sequence: 2 }],
    ["STATE_CUTOFF", "HALF_YEAR", "2022-06-14T16:59:00Z", { kind: "HALF_YEAR", year: 2022, sequence: 1 }],
    ["STATE_CUTOFF", "HALF_YEAR", "2022-06-14T17:00:00Z", { kind: "HALF_YEAR", year: 2022, sequence: 2 }],
    ["CALENDAR", "QUARTER", "2024-11-05T00:00:00Z", { kind: "QUARTER", year: 2024, sequence: 4 }],
    ["CALENDAR", "NINE_MONTHS", "2024-03-05T00:00:00Z", { kind: "NINE_MONTHS", year: 2024, sequence: 1 }],
    // Nine months are over from October: the year stands in.
    ["CALENDAR", "NINE_MONTHS", "2024-11-05T00:00:00Z", { kind: "YEAR", year: 2024, sequence: 1 }],
  ] as const)("the current %s %s at %s", (calendar, kind, instant, expected) => {
    expect(currentPeriod(calendar, kind, at(instant))).toEqual(expected);
  });
});

describe("vietnamInstant and vietnamTimeText", () => {
  it("reads a day and a time as Vietnam's (UTC+7), across the day's edges", () => {
    const at = (day: string, time: string) => vietnamInstant(new Date(`${day}T00:00:00Z`), new Date(`1970-01-01T${time}:00Z`)).toISOString();
    expect(at("2026-11-23", "08:30")).toBe("2026-11-23T01:30:00.000Z");
    expect(at("2026-11-23", "06:59")).toBe("2026-11-22T23:59:00.000Z");
    expect(at("2026-01-01", "00:00")).toBe("2025-12-31T17:00:00.000Z");
    expect(at("2024-02-29", "23:59")).toBe("2024-02-29T16:59:00.000Z");
  });
  it("gives back the time of day it was given", () => {
    expect(vietnamTimeText(new Date("2026-11-22T23:59:00Z"))).toBe("06:59");
    expect(vietnamTimeText(new Date("2026-11-23T01:30:00Z"))).toBe("08:30");
  });
});
