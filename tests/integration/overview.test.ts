// The dashboard's figures, computed in one SQL statement, for the seeded
// committees and within each role's reach.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role, Viewer } from "@/lib/auth/policy";
import { getWorkspaceOverview } from "@/lib/data/overview";
import { seedDemo } from "@/prisma/seed";
import { testDb } from "./support/fixtures";

const db = testDb();
const viewers: Partial<Record<string, Viewer>> = {};

beforeAll(async () => {
  await seedDemo(db);
  for (const email of ["canbo.angiang@danvan.demo", "canbo.cangio@danvan.demo", "bientap@danvan.demo", "admin@danvan.demo"]) {
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, email: true, name: true, role: true, committeeId: true } });
    viewers[email] = { ...user, role: user.role as Role };
  }
});
afterAll(() => db.$disconnect());

describe("getWorkspaceOverview", () => {
  it("counts An Giang's 2022 houses and their value to the đồng, for today's merged committee", async () => {
    const overview = await getWorkspaceOverview(viewers["canbo.angiang@danvan.demo"]!, 2022);
    expect(overview.houses).toEqual({ total: 19, totalValueVnd: 950_000_000n, year: 19, yearValueVnd: 950_000_000n });
    // The merged committee reads its predecessors An Giang and Kiên Giang.
    expect(overview.committees).toBe(3);
    const dialoguesAndOthers = await db.activity.count({ where: { committee: { slug: { in: ["an-giang", "kien-giang", "tuyen-giao-dan-van-an-giang"] } } } });
    expect(overview.activities.total).toBe(dialoguesAndOthers);
  });

  it("keeps another committee's records out of a staff member's figures", async () => {
    const overview = await getWorkspaceOverview(viewers["canbo.cangio@danvan.demo"]!, 2022);
    expect(overview.houses.total).toBe(0);
    expect(overview.committees).toBe(2); // xã Cần Giờ and Cần Giờ district's own records (not Thạnh An's)
    expect((await getWorkspaceOverview(viewers["canbo.cangio@danvan.demo"]!, 2024)).conferences.year).toBe(1);
  });

  it("shows an editor no record figures, only their committee's drafts", async () => {
    const overview = await getWorkspaceOverview(viewers["bientap@danvan.demo"]!, 2022);
    expect(overview.committees).toBe(0);
    expect(overview.houses.total).toBe(0);
    expect(overview.conferences.total).toBe(0);
  });

  it("gives an admin every committee", async () => {
    const overview = await getWorkspaceOverview(viewers["admin@danvan.demo"]!, 2022);
    expect(overview.committees).toBe(await db.committee.count());
    expect(overview.conferences.total).toBe(await db.conference.count({ where: { deletedAt: null } }));
  });
});
