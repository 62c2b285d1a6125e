// THE one definition of delivered (delivered_by_indicator and friends) and
// lib/data/figures.ts: a three-level tree that changed on 1/7/2017, known
// records on the periods' boundaries, under both calendars; every figure is
// computed by hand in the comments.
//
//   P (province) ─ D (district, ended 30/6/2017; primary successor P)
//                    ├─ C (commune; under D until 30/6/2017, under P from 1/7/2017)
//                    └─ E (commune, ended 30/6/2017; primary successor F)
//   P ─ F (commune from 1/7/2017)          X: another province
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import type { Viewer } from "@/lib/auth/policy";
import { getDashboard, trendPeriods } from "@/lib/data/dashboard";
import { listActivities } from "@/lib/data/activity-list";
import { listHouses } from "@/lib/data/house-list";
import { activityListSchema } from "@/lib/validation/activity-list";
import { houseListSchema } from "@/lib/validation/house-list";
import { dashboardWorkbook } from "@/lib/export/dashboard-xlsx";
import { vi as catalog } from "@/lib/i18n/messages/vi";
import { calendarOf, calendarOfYear, committeeFigures, compareDecimals, figureStatus, groupFigures, reportingSettings, type IndicatorFigure } from "@/lib/data/figures";
import { calendarPeriodDates } from "@/lib/periods";
import { testDb } from "./support/fixtures";


const db = testDb();
const tag = randomBytes(4).toString("hex");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const ids = {} as Record<"P" | "D" | "C" | "E" | "F" | "X" | "programme" | "other" | "act" | "houses" | "funded" | "reviews" | "h1" | "h1cut", string>;

async function committee(key: string, level: "PROVINCE" | "DISTRICT" | "COMMUNE", validFrom: string, validTo: string | null) {
  const row = await db.committee.create({
    data: { slug: `f-${key}-${tag}`, name: `Ban Dân vận ${key} ${tag}`, shortName: `BDV ${key} ${tag}`, level, locality: `Địa phương ${key}`, validFrom: day(validFrom), validTo: validTo ? day(validTo) : null },
    select: { id: true },
  });
  return row.id;
}
const parent = (committeeId: string, parentId: string, from: string, to: string | null) =>
  db.committeeParent.create({ data: { committeeId, parentId, validFrom: day(from), validTo: to ? day(to) : null } });
const activity = (committeeId: string, on: string, quantity: number, deleted = false) =>
  db.activity.create({ data: { committeeId, indicatorId: ids.act, title: `Hoạt động ${tag} ${on}`, occurredOn: day(on), quantity, deletedAt: deleted ? new Date() : null } });

async function house(committeeId: string, programmeId: string, on: string | null, valueVnd: bigint, fundings: [string, bigint][]) {
  await db.$transaction(async (tx) => {
    const h = await tx.houseHandover.create({
      data: { committeeId, programmeId, householdName: `Hộ ${tag}`, commune: "Xã thử", valueVnd, status: on ? "HANDED_OVER" : "BUILDING", handedOverOn: on ? day(on) : null },
      select: { id: true },
    });
    for (const [contributorCommitteeId, amountVnd] of fundings) await tx.houseFunding.create({ data: { houseId: h.id, contributorCommitteeId, amountVnd } });
  });
}

beforeAll(async () => {
  ids.P = await committee("P", "PROVINCE", "2010-01-01", null);
  ids.X = await committee("X", "PROVINCE", "2010-01-01", null);
  ids.D = await committee("D", "DISTRICT", "2010-01-01", "2017-06-30");
  ids.C = await committee("C", "COMMUNE", "2010-01-01", null);
  ids.E = await committee("E", "COMMUNE", "2010-01-01", "2017-06-30");
  ids.F = await committee("F", "COMMUNE", "2017-07-01", null);
  await parent(ids.D, ids.P, "2010-01-01", "2017-06-30");
  await parent(ids.C, ids.D, "2010-01-01", "2017-06-30");
  await parent(ids.C, ids.P, "2017-07-01", null);
  await parent(ids.E, ids.D, "2010-01-01", "2017-06-30");
  await parent(ids.F, ids.P, "2017-07-01", null);
  await db.committeeSuccession.create({ data: { predecessorId: ids.D, successorId: ids.P, kind: "TRANSFER", effectiveOn: day("2017-07-01"), primary: true } });
  await db.committeeSuccession.create({ data: { predecessorId: ids.E, successorId: ids.F, kind: "MERGE", effectiveOn: day("2017-07-01"), primary: true } });

  ids.programme = (await db.housingProgramme.create({ data: { slug: `f-${tag}`, name: `Nhà thử ${tag}` }, select: { id: true } })).id;
  ids.other = (await db.housingProgramme.create({ data: { slug: `f-other-${tag}`, name: `Nhà khác ${tag}` }, select: { id: true } })).id;
  const indicator = async (code: string, data: object) =>
    (await db.indicator.create({ data: { code: `${code}-${tag}`, name: `${code} ${tag}`, unit: "đơn vị", position: 9000, ...data } as never, select: { id: true } })).id;
  ids.act = await indicator("ACT", { source: "ACTIVITY_QUANTITY" });
  ids.houses = await indicator("HOUSES", { source: "HOUSE_COUNT", housingProgrammeId: ids.programme });
  ids.funded = await indicator("FUNDED", { source: "HOUSE_VALUE", housingProgrammeId: ids.programme, houseAttribution: "FUNDED_BY" });
  ids.reviews = await indicator("REVIEWS", { source: "CONFERENCE_COUNT", conferenceKind: "INTERIM_REVIEW" });

  await activity(ids.C, "2017-01-01", 2); // calendar H1 (first day); cut-off H1
  await activity(ids.C, "2017-06-30", 3); // calendar H1 (last day); cut-off H2
  await activity(ids.C, "2017-07-01", 5); // calendar H2 (first day), C under P now
  await activity(ids.E, "2017-06-14", 1); // both H1 (last day of the cut-off H1)
  await activity(ids.E, "2017-06-15", 4); // calendar H1; cut-off H2 (first day)
  await activity(ids.D, "2016-12-15", 8); // calendar 2016 H2; cut-off 2017 H1 (first day)
  await activity(ids.F, "2017-08-01", 6); // calendar H2
  await activity(ids.P, "2017-03-01", 10, true); // deleted: never counts
  await activity(ids.X, "2017-03-01", 100); // another province

  await house(ids.C, ids.programme, "2017-05-10", 50_000_000n, [[ids.P, 30_000_000n], [ids.D, 20_000_000n]]);
  await house(ids.C, ids.programme, null, 60_000_000n, [[ids.P, 60_000_000n]]); // not handed over
  await house(ids.E, ids.programme, "2017-06-20", 40_000_000n, [[ids.X, 40_000_000n]]); // funded by another province
  await house(ids.C, ids.other, "2017-04-01", 70_000_000n, [[ids.P, 70_000_000n]]); // another programme

  await db.conference.create({ data: { committeeId: ids.D, kind: "INTERIM_REVIEW", title: `Sơ kết ${tag}`, heldOn: day("2017-02-01") } });
  await db.conference.create({ data: { committeeId: ids.D, kind: "BRIEFING", title: `Giao ban ${tag}`, heldOn: day("2017-02-02") } });

  // The plan of P for 6 tháng đầu năm 2017 under each calendar (shared periods: no other test uses 2017).
  const period = (calendar: "CALENDAR" | "STATE_CUTOFF") => {
    const { startsOn, endsOn } = calendarPeriodDates(calendar, { kind: "HALF_YEAR", year: 2017, sequence: 1 });
    return db.reportingPeriod.create({ data: { calendar, kind: "HALF_YEAR", year: 2017, sequence: 1, label: "6 tháng đầu năm 2017", startsOn, endsOn, committeeId: null }, select: { id: true } });
  };
  ids.h1 = (await period("CALENDAR")).id;
  ids.h1cut = (await period("STATE_CUTOFF")).id;
  const target = (periodId: string, indicatorId: string, plannedValue: string) => db.target.create({ data: { committeeId: ids.P, periodId, indicatorId, plannedValue } });
  await target(ids.h1, ids.act, "20");
  await target(ids.h1, ids.houses, "2");
  await target(ids.h1, ids.funded, "40000000");
  await target(ids.h1, ids.reviews, "1");
  await target(ids.h1cut, ids.act, "3");
});
afterAll(() => db.$disconnect());

const mine = (figures: IndicatorFigure[]) =>
  Object.fromEntries(
    figures
      .filter((f) => [ids.act, ids.houses, ids.funded, ids.reviews].includes(f.indicatorId))
      .map((f) => [f.code.split("-")[0], { planned: f.planned, delivered: f.delivered, percent: f.percent, status: f.status, records: f.records }]),
  );

async function figuresOf(committeeId: string, calendar: "CALENDAR" | "STATE_CUTOFF", half: 1 | 2, periodId: string | null, regroup = false) {
  const { startsOn, endsOn } = calendarPeriodDates(calendar, { kind: "HALF_YEAR", year: 2017, sequence: half });
  return mine(await committeeFigures(db, { committeeId, startsOn, endsOn, periodId, regroup }));
}

describe("committeeFigures", () => {
  it("gives P's calendar first half of 2017 over the tree as it was, records on the boundaries included once", async () => {
    expect(await figuresOf(ids.P, "CALENDAR", 1, ids.h1)).toEqual({
      // C 2 (1/1) + C 3 (30/6) + E 1 (14/6) + E 4 (15/6) = 10; D's 15/12/2016, C's 1/7, the deleted one and X's do not count.
      ACT: { planned: "20", delivered: "10", percent: 50, status: "below", records: 4 },
      // C's house of 10/5 and E's of 20/6 (the programme's, handed over): 2 of 2.
      HOUSES: { planned: "2", delivered: "2", percent: 100, status: "met", records: 2 },
      // Funded by P (30 million) and D (20 million) on C's house; E's house was funded by X: 50 of 40 million.
      FUNDED: { planned: "40000000", delivered: "50000000", percent: 125, status: "exceeded", records: 1 },
      // D's sơ kết counts, its giao ban does not.
      REVIEWS: { planned: "1", delivered: "1", percent: 100, status: "met", records: 1 },
    });
  });

  it("gives the second half over the new tree: C and F directly under P, no plan", async () => {
    expect(await figuresOf(ids.P, "CALENDAR", 2, null)).toEqual({
      ACT: { planned: null, delivered: "11", percent: null, status: null, records: 2 }, // C 5 (1/7) + F 6 (1/8)
      HOUSES: { planned: null, delivered: "0", percent: null, status: null, records: 0 },
      FUNDED: { planned: null, delivered: "0", percent: null, status: null, records: 0 },
      REVIEWS: { planned: null, delivered: "0", percent: null, status: null, records: 0 },
    });
  });

  it("gives the cut-off first half (15/12/2016–14/6/2017) its own records and plan", async () => {
    expect(await figuresOf(ids.P, "STATE_CUTOFF", 1, ids.h1cut)).toEqual({
      // D 8 (15/12/2016) + C 2 (1/1) + E 1 (14/6) = 11 of 3: 366.7 %.
      ACT: { planned: "3", delivered: "11", percent: 366.7, status: "exceeded", records: 3 },
      HOUSES: { planned: null, delivered: "1", percent: null, status: null, records: 1 }, // 20/6 falls in the cut-off H2
      FUNDED: { planned: null, delivered: "50000000", percent: null, status: null, records: 1 },
      REVIEWS: { planned: null, delivered: "1", percent: null, status: null, records: 1 },
    });
  });

  it("gives a successor's figures for a period before it existed from its predecessor, grouped as such", async () => {
    // F did not exist in the first half: E's records (its primary predecessor) are its figures.
    expect((await figuresOf(ids.F, "CALENDAR", 1, null)).ACT).toEqual({ planned: null, delivered: "5", percent: null, status: null, records: 2 });
    const { startsOn, endsOn } = calendarPeriodDates("CALENDAR", { kind: "YEAR", year: 2017, sequence: 1 });
    const groups = (await groupFigures(db, { committeeId: ids.F, startsOn, endsOn })).filter((g) => g.indicatorId === ids.act);
    // Across 1/7/2017: E's 5 before it, F's own 6 after it, each labelled.
    expect(groups.sort((a, b) => a.relation.localeCompare(b.relation))).toEqual([
      { groupId: ids.F, relation: "own", indicatorId: ids.act, delivered: "6", records: 1 },
      { groupId: ids.E, relation: "predecessor", indicatorId: ids.act, delivered: "5", records: 2 },
    ]);
    // X's figures never include P's records, nor P's X's funding of E's house.
    expect((await figuresOf(ids.X, "CALENDAR", 1, null)).FUNDED).toEqual({ planned: null, delivered: "40000000", percent: null, status: null, records: 1 });
  });

  it("splits P's first half by child as the tree was, and regroups it under today's committees counting each record once", async () => {
    const { startsOn, endsOn } = calendarPeriodDates("CALENDAR", { kind: "HALF_YEAR", year: 2017, sequence: 1 });
    const table = async (regroup: boolean) =>
      Object.fromEntries(
        (await groupFigures(db, { committeeId: ids.P, startsOn, endsOn, regroup }))
          .filter((g) => [ids.act, ids.houses, ids.funded].includes(g.indicatorId))
          .map((g) => [`${Object.entries(ids).find(([, id]) => id === g.groupId)?.[0]}/${g.relation} ${Object.entries(ids).find(([, id]) => id === g.indicatorId)?.[0]}`, g.delivered]),
      );
    // As it was: everything under D (a child then), except P's own funding.
    expect(await table(false)).toEqual({ "D/child act": "10", "D/child houses": "2", "D/child funded": "20000000", "P/own funded": "30000000" });
    // Today: C stays C, E's records go to F (its primary successor), D's to P (its primary successor).
    expect(await table(true)).toEqual({ "C/child act": "5", "F/child act": "5", "C/child houses": "1", "F/child houses": "1", "P/own funded": "50000000" });
    expect((await figuresOf(ids.P, "CALENDAR", 1, ids.h1, true)).ACT).toEqual({ planned: "20", delivered: "10", percent: 50, status: "below", records: 4 });
  });
});

describe("calendarOf", () => {
  it("takes the installation's setting, or the nearest override up the tree from 1 January of its year", async () => {
    expect((await reportingSettings(db)).calendar).toBe("CALENDAR");
    await db.committeeCalendar.create({ data: { committeeId: ids.P, fromYear: 2017, calendar: "STATE_CUTOFF" } });
    expect(await calendarOf(db, ids.P, day("2016-12-31"))).toBe("CALENDAR");
    expect(await calendarOfYear(db, ids.P, 2017)).toBe("STATE_CUTOFF");
    // C sat under D under P in March 2017: P's calendar is its own.
    expect(await calendarOf(db, ids.C, day("2017-03-01"))).toBe("STATE_CUTOFF");
    expect(await calendarOf(db, ids.X, day("2017-03-01"))).toBe("CALENDAR");
    // A nearer override wins from its year on.
    await db.committeeCalendar.create({ data: { committeeId: ids.C, fromYear: 2018, calendar: "CALENDAR" } });
    expect(await calendarOf(db, ids.C, day("2017-12-31"))).toBe("STATE_CUTOFF");
    expect(await calendarOf(db, ids.C, day("2018-01-01"))).toBe("CALENDAR");
  });
});

describe("figure arithmetic", () => {
  it("compares decimals exactly and names the status", () => {
    expect(compareDecimals("10", "9.99")).toBe(1);
    expect(compareDecimals("2.50", "2.5")).toBe(0);
    expect(figureStatus("2", "2")).toBe("met");
    expect(figureStatus("0", "0")).toBe("met");
    expect(figureStatus("0", "1")).toBe("exceeded");
    expect(figureStatus("20", "10")).toBe("below");
    expect(figureStatus(null, "10")).toBeNull();
  });
});

describe("the dashboard and its Excel file", () => {
  it("dates the period in P's calendar, splits it by child and writes the same numbers to the workbook, read back", async () => {
    // P follows the cut-off calendar from 2017 (the override above): 2017-H1 is 15/12/2016–14/6/2017.
    const admin: Viewer = { id: "figures-admin", email: "figures-admin@test.vn", name: "Quản trị", role: "ADMIN", committeeId: ids.P };
    const dashboard = await getDashboard(admin, { ban: ids.P, ky: "2017-H1" });
    expect(dashboard.calendar).toBe("STATE_CUTOFF");
    expect([dashboard.startsOn, dashboard.endsOn]).toEqual([day("2016-12-15"), day("2017-06-14")]);
    expect(dashboard.periodId).toBe(ids.h1cut);
    const act = dashboard.figures.find((f) => f.indicatorId === ids.act)!;
    expect(act).toMatchObject({ planned: "3", delivered: "11", percent: 366.7, status: "exceeded", records: 3 });
    // Trend: the three halves before it and this one; 2016-H1 is the same period last year.
    expect(dashboard.trend[ids.act]!.map((p) => [p.code.year, p.code.sequence, p.sameLastYear, p.delivered])).toEqual([
      [2015, 2, false, "0"],
      [2016, 1, true, "0"],
      [2016, 2, false, "0"],
      [2017, 1, false, "11"],
    ]);
    const rows = Object.fromEntries(dashboard.groups.map((g) => [g.id, { relation: g.relation, act: g.delivered[ids.act], funded: g.delivered[ids.funded] }]));
    expect(rows).toEqual({ [ids.P]: { relation: "own", act: undefined, funded: "30000000" }, [ids.D]: { relation: "child", act: "11", funded: "20000000" } });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await dashboardWorkbook(dashboard, catalog as never, "6 tháng đầu năm 2017")) as never);
    const [figures, children] = workbook.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet];
    const figureRow = (name: string) => figures.getRows(1, figures.rowCount)!.find((row) => row.getCell(1).value === name)!;
    const actRow = figureRow(act.name);
    expect([actRow.getCell(3).value, actRow.getCell(4).value, actRow.getCell(5).value, actRow.getCell(7).value]).toEqual([3, 11, 3.667, 3]);
    expect(actRow.getCell(5).numFmt).toBe("0.0%");
    const funded = figureRow(dashboard.figures.find((f) => f.indicatorId === ids.funded)!.name);
    expect(funded.getCell(4).value).toBe(50_000_000);
    expect(funded.getCell(4).numFmt).toBe(catalog.list.excelMoneyFormat);
    // The child sheet: D and P's own, then the total row = the committee's figure = the sum of the rows.
    const header = children.getRow(1).values as unknown[];
    const column = (indicatorId: string) => header.findIndex((v) => typeof v === "string" && v.startsWith(dashboard.figures.find((f) => f.indicatorId === indicatorId)!.name));
    const values = children.getRows(2, children.rowCount - 1)!.map((row) => [row.getCell(1).value, row.getCell(column(ids.act)).value, row.getCell(column(ids.funded)).value]);
    expect(values).toEqual([
      [dashboard.committee.name, 0, 30_000_000],
      [`Ban Dân vận D ${tag}`, 11, 20_000_000],
      ["Tổng cộng", 11, 50_000_000],
    ]);
  });

  it("opens exactly the records behind a figure in the record lists, in the committee's calendar", async () => {
    const admin: Viewer = { id: "figures-admin", email: "figures-admin@test.vn", name: "Quản trị", role: "ADMIN", committeeId: ids.P };
    // Cut-off 2017-H1 of P: activities D 8, C 2, E 1 (3 records, 11); the funded houses: C's (funded by P and D).
    const activities = await listActivities(admin, activityListSchema.parse({ ban: ids.P, ky: "2017-H1", chi_so: ids.act }));
    expect(activities.count.count).toBe(3);
    const funded = await listHouses(admin, houseListSchema.parse({ ban: ids.P, ky: "2017-H1", chi_so: ids.funded }));
    expect(funded.count.count).toBe(1);
    // The child table's row of D, and the same figure regrouped under today's C.
    expect((await listActivities(admin, activityListSchema.parse({ ban: ids.P, ky: "2017-H1", chi_so: ids.act, nhom: ids.D }))).count.count).toBe(3);
    expect((await listActivities(admin, activityListSchema.parse({ ban: ids.P, ky: "2017-H1", chi_so: ids.act, nhom: ids.C, gop: "hom-nay" }))).count.count).toBe(1);
    // Without chi_so the list keeps its own committee filter (today's lineage), dated in P's calendar.
    expect((await listActivities(admin, activityListSchema.parse({ ban: ids.X, ky: "2017-H1" }))).count.count).toBe(1);
  });

  it("lists the trend's periods with the same period last year", () => {
    expect(trendPeriods({ kind: "QUARTER", year: 2022, sequence: 1 }).map((p) => `${p.code.year}-${p.code.sequence}${p.sameLastYear ? "*" : ""}`)).toEqual(["2021-2", "2021-3", "2021-4", "2022-1", "2021-1*"]);
    expect(trendPeriods({ kind: "YEAR", year: 2022, sequence: 1 }).map((p) => `${p.code.year}${p.sameLastYear ? "*" : ""}`)).toEqual(["2019", "2020", "2021*", "2022"]);
  });
});
