import { describe, expect, it } from "vitest";
import { addWorkingDays, holidaySet, DEFAULT_DEADLINES, isWorkingDay, submissionDeadline, submissionStatus } from "@/lib/periods/deadlines";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);
const none = holidaySet([]);
// Quốc khánh 2026: 2/9 (Wednesday) and 1/9; Tết Dương lịch 1/1/2027 (Friday).
const holidays = holidaySet(["2026-09-01", "2026-09-02", day("2027-01-01")]);

describe("working days", () => {
  it("skips Saturdays, Sundays and listed holidays", () => {
    expect(isWorkingDay(day("2026-11-20"), none)).toBe(true); // Friday
    expect(isWorkingDay(day("2026-11-21"), none)).toBe(false); // Saturday
    expect(isWorkingDay(day("2026-11-22"), none)).toBe(false); // Sunday
    expect(isWorkingDay(day("2026-09-02"), holidays)).toBe(false);
    expect(isWorkingDay(day("2026-09-02"), none)).toBe(true);
  });

  it("counts n working days after a date, across weekends, holidays, month and year ends", () => {
    expect(iso(addWorkingDays(day("2026-11-20"), 0, none))).toBe("2026-11-20");
    expect(iso(addWorkingDays(day("2026-11-20"), 1, none))).toBe("2026-11-23"); // Friday → Monday
    expect(iso(addWorkingDays(day("2026-11-21"), 1, none))).toBe("2026-11-23"); // from a Saturday
    expect(iso(addWorkingDays(day("2026-08-31"), 1, holidays))).toBe("2026-09-03"); // over Quốc khánh
    expect(iso(addWorkingDays(day("2026-12-31"), 1, holidays))).toBe("2027-01-04"); // over New Year and a weekend
    expect(iso(addWorkingDays(day("2024-02-28"), 1, none))).toBe("2024-02-29"); // leap day
    expect(iso(addWorkingDays(day("2026-06-30"), 10, none))).toBe("2026-07-14");
  });

  it("refuses a negative or fractional count", () => {
    expect(() => addWorkingDays(day("2026-01-01"), -1, none)).toThrow(RangeError);
    expect(() => addWorkingDays(day("2026-01-01"), 1.5, none)).toThrow(RangeError);
  });
});

describe("submission deadlines", () => {
  it("gives lower levels earlier deadlines for the same period", () => {
    const end = day("2026-06-30"); // Tuesday
    const deadlines = (["COMMUNE", "DISTRICT", "PROVINCE", "CENTRAL"] as const).map((level) => iso(submissionDeadline(end, level, DEFAULT_DEADLINES, none)));
    expect(deadlines).toEqual(["2026-07-03", "2026-07-07", "2026-07-09", "2026-07-14"]);
  });

  it("says on time, late, due or overdue by Vietnam calendar days", () => {
    const deadline = day("2026-07-09");
    expect(submissionStatus(deadline, day("2026-07-09"), day("2026-08-01"))).toBe("onTime");
    expect(submissionStatus(deadline, day("2026-07-10"), day("2026-08-01"))).toBe("late");
    expect(submissionStatus(deadline, null, day("2026-07-09"))).toBe("due");
    expect(submissionStatus(deadline, null, day("2026-07-10"))).toBe("overdue");
  });
});
