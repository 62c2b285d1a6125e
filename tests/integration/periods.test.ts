// Period codes resolved for a viewer: calendar periods by the calendar,
// campaign phases by their row, within the committees the viewer may read.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolvePeriod } from "@/lib/data/periods";
import { makeTree, testDb, type Tree, type Users } from "./support/fixtures";

const db = testDb();
let tree: Tree;
let users: Users;
const phases: Record<"inTree" | "elsewhere", string> = { inTree: "", elsewhere: "" };
const clock = () => new Date("2025-12-31T23:30:00Z"); // 1/1/2026 in Vietnam
const options = { calendar: "STATE_CUTOFF" as const, clock };

beforeAll(async () => {
  ({ tree, users } = await makeTree(db));
  const campaign = await db.campaign.create({ data: { slug: `dan-van-kheo-${tree.C}`, name: "Dân vận khéo" }, select: { id: true } });
  const phase = (committeeId: string) =>
    db.campaignPhase.create({
      data: { campaignId: campaign.id, committeeId, name: "Đợt 1 năm 2023", startsOn: new Date("2023-07-17"), endsOn: new Date("2023-07-31") },
      select: { id: true },
    });
  phases.inTree = (await phase(tree.C)).id;
  phases.elsewhere = (await phase(tree.X)).id;
});
afterAll(() => db.$disconnect());

const iso = (date: Date) => date.toISOString().slice(0, 10);

describe("resolvePeriod", () => {
  it("dates calendar periods by the calendar", async () => {
    const period = await resolvePeriod(users.staff, { kind: "HALF_YEAR", year: 2022, sequence: 1 }, options);
    expect([iso(period.startsOn), iso(period.endsOn), period.phase]).toEqual(["2021-12-15", "2022-06-14", null]);
  });

  it("dates a campaign phase of a committee the viewer may read by its own dates", async () => {
    for (const viewer of [users.staff, users.childStaff, users.admin]) {
      const period = await resolvePeriod(viewer, { kind: "PHASE", phaseId: phases.inTree }, options);
      expect(period.code).toEqual({ kind: "PHASE", phaseId: phases.inTree });
      expect([iso(period.startsOn), iso(period.endsOn)]).toEqual(["2023-07-17", "2023-07-31"]);
      expect(period.phase).toMatchObject({ name: "Đợt 1 năm 2023", campaignName: "Dân vận khéo", committeeId: tree.C });
    }
  });

  it("falls back to the current period for a phase outside the viewer's committees, or one that does not exist", async () => {
    for (const phaseId of [phases.elsewhere, "no-such-phase"]) {
      const period = await resolvePeriod(users.staff, { kind: "PHASE", phaseId }, { ...options, fallbackKind: "QUARTER" });
      expect(period.code).toEqual({ kind: "QUARTER", year: 2026, sequence: 1 });
      expect([iso(period.startsOn), iso(period.endsOn), period.phase]).toEqual(["2025-12-15", "2026-03-14", null]);
    }
  });
});
