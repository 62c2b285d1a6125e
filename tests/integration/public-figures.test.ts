// The public key figures (home, /so-lieu, /don-vi) on real PostgreSQL: live
// figures come from the one definition of delivered and are provisional; an
// approved year report's frozen figures replace them; the home page's year is
// this one, or the latest with records; nothing personal comes out.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { latestPublicFigures, publicFigures } from "@/lib/data/public-figures";
import { testDb } from "./support/fixtures";

const db = testDb();
const tag = randomBytes(4).toString("hex");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const HOUSEHOLD = `Hộ bà Nguyễn Thị Riêng ${tag}`;
const ids = {} as Record<"P" | "C" | "programme" | "houses" | "value" | "report", string>;

async function house(committeeId: string, on: string | null, valueVnd: bigint) {
  await db.houseHandover.create({
    data: { committeeId, programmeId: ids.programme, householdName: HOUSEHOLD, commune: "Xã thử", valueVnd, status: on ? "HANDED_OVER" : "BUILDING", handedOverOn: on ? day(on) : null,
      fundings: { create: [{ contributorCommitteeId: committeeId, amountVnd: valueVnd }] },
    },
  });
}

beforeAll(async () => {
  const committee = async (key: string, level: "PROVINCE" | "COMMUNE") =>
    (await db.committee.create({ data: { slug: `pf-${key}-${tag}`, name: `Ban Dân vận ${key} ${tag}`, shortName: `BDV ${key}`, level, locality: "Địa phương", validFrom: day("2000-01-01") }, select: { id: true } })).id;
  ids.P = await committee("p", "PROVINCE");
  ids.C = await committee("c", "COMMUNE");
  await db.committeeParent.create({ data: { committeeId: ids.C, parentId: ids.P, validFrom: day("2000-01-01") } });
  ids.programme = (await db.housingProgramme.create({ data: { slug: `pf-${tag}`, name: `Nhà công khai ${tag}` }, select: { id: true } })).id;
  ids.houses = (await db.indicator.create({ data: { code: `PF-H-${tag}`, name: `Nhà ${tag}`, unit: "căn", source: "HOUSE_COUNT", housingProgrammeId: ids.programme, position: 9100 }, select: { id: true } })).id;
  ids.value = (await db.indicator.create({ data: { code: `PF-V-${tag}`, name: `Giá trị nhà ${tag}`, unit: "đồng", source: "HOUSE_VALUE", housingProgrammeId: ids.programme, position: 9101 }, select: { id: true } })).id;
  // 2013: two houses handed over, one by the commune below; one still building.
  await house(ids.P, "2013-03-10", 500_000_000n);
  await house(ids.C, "2013-12-31", 450_000_000n);
  await house(ids.P, null, 300_000_000n);
  // 2015: one more.
  await house(ids.C, "2015-06-01", 120_000_000n);
});

afterAll(async () => {
  await db.$disconnect();
});

const valueOf = (figures: Awaited<ReturnType<typeof publicFigures>>, indicatorId: string) => figures.figures.find((f) => f.indicatorId === indicatorId)?.value;

describe("public figures", () => {
  it("are live and provisional without an approved year report, over the committee's subtree, to the last đồng", async () => {
    const figures = await publicFigures(ids.P, 2013);
    expect(figures.approved).toBeNull();
    expect(figures.year).toBe(2013);
    expect(figures.startsOn.toISOString().slice(0, 10)).toBe("2013-01-01");
    expect(figures.endsOn.toISOString().slice(0, 10)).toBe("2013-12-31");
    expect(valueOf(figures, ids.houses)).toBe("2");
    expect(valueOf(figures, ids.value)).toBe("950000000");
    expect(figures.figures.find((f) => f.indicatorId === ids.houses)?.records).toBe(2);
    // The commune reads only its own.
    expect(valueOf(await publicFigures(ids.C, 2013), ids.value)).toBe("450000000");
    expect(valueOf(await publicFigures(ids.P, 2014), ids.houses)).toBe("0");
  });

  it("lead with one overall indicator per key source; one programme's indicator is a detail", async () => {
    const figures = await publicFigures(ids.P, 2013);
    const keys = figures.figures.filter((f) => f.key);
    expect(new Set(keys.map((f) => f.source)).size).toBe(keys.length);
    expect(keys.map((f) => f.indicatorId)).not.toContain(ids.houses);
  });

  it("never carry a household's name", async () => {
    expect(JSON.stringify(await publicFigures(ids.P, 2013))).not.toContain(HOUSEHOLD);
  });

  it("are the approved year report's frozen figures once it is approved", async () => {
    const period =
      (await db.reportingPeriod.findFirst({ where: { calendar: "CALENDAR", kind: "YEAR", year: 2013, sequence: 1, committeeId: null }, select: { id: true } })) ??
      (await db.reportingPeriod.create({ data: { kind: "YEAR", year: 2013, sequence: 1, label: "Năm 2013", startsOn: day("2013-01-01"), endsOn: day("2013-12-31") }, select: { id: true } }));
    const approvedAt = new Date("2014-01-20T03:00:00Z");
    const report = await db.periodReport.create({
      data: { committeeId: ids.P, periodId: period.id, status: "APPROVED", submittedAt: new Date("2014-01-15T03:00:00Z"), approvedAt, documentNumber: 12, documentSymbol: "BC/BDVTU", documentYear: 2014, figures: { create: [{ indicatorId: ids.houses, delivered: 3, planned: 3 }] } },
      select: { id: true },
    });
    ids.report = report.id;
    const figures = await publicFigures(ids.P, 2013);
    expect(figures.approved).toEqual({ approvedAt, documentNumber: 12, documentSymbol: "BC/BDVTU" });
    // Frozen: 3 as approved, not the 2 the records give today; only the report's figures.
    expect(valueOf(figures, ids.houses)).toBe("3");
    expect(valueOf(figures, ids.value)).toBeUndefined();
    expect(figures.figures.find((f) => f.indicatorId === ids.houses)?.records).toBeNull();
    // A report still being written is not the public's.
    await db.periodReport.update({ where: { id: report.id }, data: { status: "SUBMITTED" } });
    expect((await publicFigures(ids.P, 2013)).approved).toBeNull();
    await db.periodReport.update({ where: { id: report.id }, data: { status: "APPROVED" } });
  });

  it("on the home page are this year's, or the latest year with records among the last few", async () => {
    const at = (iso: string) => () => new Date(iso);
    // From 2018 back to 2014, 2015 is the latest with a record.
    expect((await latestPublicFigures(ids.C, at("2018-05-01T00:00:00Z"))).year).toBe(2015);
    // 2016 itself has none, 2015 does.
    expect((await latestPublicFigures(ids.C, at("2016-05-01T00:00:00Z"))).year).toBe(2015);
    // Nothing within reach: this year, with its zeros.
    const empty = await latestPublicFigures(ids.C, at("2030-05-01T00:00:00Z"));
    expect(empty.year).toBe(2030);
    expect(valueOf(empty, ids.houses)).toBe("0");
  });
});
