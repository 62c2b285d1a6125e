// The reporting calendar's admin rules: a committee's calendar never starts
// in a past year nor in a year its subtree already reported; the
// installation's calendar is fixed once a report was submitted; holidays and
// indicators are admins' alone; inputs are validated before anything is written.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCommitteeCalendar, addHoliday, removeCommitteeCalendar, removeHoliday, updateReportingSettings } from "@/lib/data/calendar-settings";
import { NotFoundError, RuleViolation } from "@/lib/data/errors";
import { calendarOfYear, holidaysBetween, reportingSettings } from "@/lib/data/figures";
import { createIndicator, listIndicators, updateIndicator } from "@/lib/data/indicators";
import { committeeCalendarSchema, holidaySchema, reportingSettingsSchema } from "@/lib/validation/calendar-settings";
import { createIndicatorSchema, updateIndicatorSchema } from "@/lib/validation/indicator";
import { makeTree, testDb, type Tree, type Users } from "./support/fixtures";

const db = testDb();
let tree: Tree;
let users: Users;
let tag: string;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
// "Now" is 1 March 2095 in Vietnam.
const clock = () => new Date("2095-03-01T03:00:00Z");

beforeAll(async () => {
  ({ tree, users, tag } = await makeTree(db));
  // D's report for the year 2096 was submitted.
  const period = await db.reportingPeriod.create({ data: { kind: "YEAR", year: 2096, sequence: 1, label: "Năm 2096", startsOn: day("2096-01-01"), endsOn: day("2096-12-31"), committeeId: tree.D } });
  await db.periodReport.create({ data: { committeeId: tree.D, periodId: period.id, status: "SUBMITTED", submittedAt: new Date("2097-01-05T03:00:00Z") } });
});
afterAll(() => db.$disconnect());

const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);

describe("committee calendars", () => {
  it("refuses a past year and a year the subtree reported, accepts a later one and applies it to the subtree", async () => {
    const past = await refusal(addCommitteeCalendar(users.admin, { committeeId: tree.P, fromYear: 2094, calendar: "STATE_CUTOFF" }, clock));
    expect(past).toBeInstanceOf(RuleViolation);
    expect((past as RuleViolation).code).toBe("calendarSettings.validation.pastYear");
    // D (in P's subtree) submitted its 2096 report: 2095 and 2096 would move it.
    for (const fromYear of [2095, 2096]) {
      const reported = await refusal(addCommitteeCalendar(users.admin, { committeeId: tree.P, fromYear, calendar: "STATE_CUTOFF" }, clock));
      expect((reported as RuleViolation).code).toBe("calendarSettings.validation.reported");
    }
    // X's subtree reported nothing.
    await addCommitteeCalendar(users.admin, { committeeId: tree.X, fromYear: 2095, calendar: "STATE_CUTOFF" }, clock);
    const created = await addCommitteeCalendar(users.admin, { committeeId: tree.P, fromYear: 2097, calendar: "STATE_CUTOFF" }, clock);
    expect(await calendarOfYear(db, tree.C, 2096)).toBe("CALENDAR");
    expect(await calendarOfYear(db, tree.C, 2097)).toBe("STATE_CUTOFF");
    const again = await refusal(addCommitteeCalendar(users.admin, { committeeId: tree.P, fromYear: 2097, calendar: "CALENDAR" }, clock));
    expect((again as RuleViolation).code).toBe("calendarSettings.validation.yearTaken");
    await removeCommitteeCalendar(users.admin, created.id, clock);
    expect(await calendarOfYear(db, tree.C, 2097)).toBe("CALENDAR");
    const audited = await db.auditEvent.count({ where: { entity: "reportingCalendar", committeeId: tree.P } });
    expect(audited).toBe(2);
  });

  it("is the admins' alone", async () => {
    expect(await refusal(addCommitteeCalendar(users.leader, { committeeId: tree.P, fromYear: 2099, calendar: "STATE_CUTOFF" }, clock))).toBeInstanceOf(NotFoundError);
    expect(await refusal(addHoliday(users.leader, { day: day("2099-09-02"), name: "Quốc khánh" }))).toBeInstanceOf(NotFoundError);
    expect(await refusal(listIndicators(users.staff))).toBeInstanceOf(NotFoundError);
  });

  it("validates the forms' input", () => {
    expect(committeeCalendarSchema.safeParse({ committeeId: tree.P, fromYear: "năm sau", calendar: "CALENDAR" }).error?.issues[0]?.message).toBe("calendarSettings.validation.year");
    expect(reportingSettingsSchema.safeParse({ calendar: "CALENDAR", deadlineCommune: "61", deadlineDistrict: "5", deadlineProvince: "7", deadlineCentral: "10", version: "1" }).error?.issues[0]?.message).toBe("calendarSettings.validation.deadline");
    expect(holidaySchema.safeParse({ day: "31/02/2099", name: "Tết" }).success).toBe(false);
  });
});

describe("installation settings and holidays", () => {
  it("saves deadlines, refuses a calendar change once a report was submitted, keeps holidays", async () => {
    const { version } = await reportingSettings(db);
    const changed = await refusal(updateReportingSettings(users.admin, { calendar: "STATE_CUTOFF", deadlineCommune: 3, deadlineDistrict: 5, deadlineProvince: 7, deadlineCentral: 10, version }));
    expect((changed as RuleViolation).code).toBe("calendarSettings.validation.calendarInUse");
    await updateReportingSettings(users.admin, { calendar: "CALENDAR", deadlineCommune: 4, deadlineDistrict: 5, deadlineProvince: 7, deadlineCentral: 10, version });
    expect((await reportingSettings(db)).deadlines.COMMUNE).toBe(4);
    await updateReportingSettings(users.admin, { calendar: "CALENDAR", deadlineCommune: 3, deadlineDistrict: 5, deadlineProvince: 7, deadlineCentral: 10, version: version + 1 });
    await addHoliday(users.admin, { day: day("2099-09-02"), name: "Quốc khánh" });
    expect(await holidaysBetween(db, day("2099-09-01"), day("2099-09-30"))).toEqual(["2099-09-02"]);
    await removeHoliday(users.admin, day("2099-09-02"));
    expect(await holidaysBetween(db, day("2099-09-01"), day("2099-09-30"))).toEqual([]);
  });
});

describe("indicators", () => {
  it("creates and edits an indicator, keeping only the parameters its source reads, and refuses a taken code", async () => {
    const input = createIndicatorSchema.parse({ code: `fund_${tag}`, name: "Kinh phí góp xây nhà", unit: "đồng", source: "HOUSE_VALUE", conferenceKind: "BRIEFING", housingProgrammeId: "", houseAttribution: "FUNDED_BY", position: "5" });
    expect(input).toMatchObject({ code: `FUND_${tag.toUpperCase()}`, conferenceKind: null, housingProgrammeId: null, houseAttribution: "FUNDED_BY" });
    const created = await createIndicator(users.admin, input);
    const taken = await refusal(createIndicator(users.admin, input));
    expect((taken as RuleViolation).code).toBe("indicators.validation.codeTaken");
    const update = updateIndicatorSchema.parse({ id: created.id, code: input.code, name: "Hội nghị giao ban", unit: "hội nghị", source: "CONFERENCE_COUNT", conferenceKind: "BRIEFING", houseAttribution: "FUNDED_BY", position: "5", version: "1" });
    await updateIndicator(users.admin, update);
    expect(await db.indicator.findUniqueOrThrow({ where: { id: created.id }, select: { source: true, conferenceKind: true, houseAttribution: true, active: true, version: true } })).toEqual({
      source: "CONFERENCE_COUNT",
      conferenceKind: "BRIEFING",
      houseAttribution: "HANDED_OVER_BY",
      active: false,
      version: 2,
    });
    expect(createIndicatorSchema.safeParse({ code: "1x", name: "", unit: "", source: "NOPE", position: "a" }).error?.issues.map((i) => i.message)).toEqual([
      "indicators.validation.code",
      "validation.required",
      "validation.required",
      "indicators.validation.source",
      "validation.position",
    ]);
  });
});
