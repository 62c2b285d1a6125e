// Committees over time on the demo data: the tree on either side of the
// reorganisation of 1/7/2025, and scope through successions (SQL function
// readable_committee_ids) agreeing with the policy table (can()).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { can, type Role, type Viewer } from "@/lib/auth/policy";
import { Prisma } from "@/lib/db";
import { getCommitteeHistory, getCommitteeTree, type TreeNode } from "@/lib/data/committee-history";
import { committeeScope, resourceOf } from "@/lib/data/scope";
import { DEMO_USERS, seedDemo } from "@/prisma/seed";
import { testDb } from "./support/fixtures";

const db = testDb();
const slugOf = new Map<string, string>();
const idOf = new Map<string, string>();
const viewers = new Map<string, Viewer>();
const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

beforeAll(async () => {
  await seedDemo(db);
  for (const c of await db.committee.findMany({ select: { id: true, slug: true } })) {
    slugOf.set(c.id, c.slug);
    idOf.set(c.slug, c.id);
  }
  for (const demo of DEMO_USERS) {
    const user = await db.user.findUniqueOrThrow({ where: { email: demo.email }, select: { id: true, email: true, name: true, role: true, committeeId: true } });
    viewers.set(demo.email, { ...user, role: user.role as Role });
  }
});
afterAll(() => db.$disconnect());

const viewer = (email: string) => viewers.get(email)!;
const id = (slug: string) => idOf.get(slug)!;

/** "parent > child" for every link of the tree (seeded committees only). */
function links(nodes: TreeNode[], parent = "∅"): string[] {
  return nodes.flatMap((node) => {
    const slug = slugOf.get(node.id) ?? node.id;
    return [`${parent} > ${slug}`, ...links(node.children, slug)];
  });
}

async function seededLinks(on: string): Promise<Set<string>> {
  const tree = await getCommitteeTree(viewer("admin@danvan.demo"), d(on));
  // Committees other test files make have slugs "t-…": the seed's never do.
  return new Set(links(tree).filter((link) => !/(?:^|> )t-/.test(link)));
}

async function readableSlugs(v: Viewer): Promise<Set<string>> {
  const rows = await db.$queryRaw<{ slug: string }[]>`select slug from committees where ${committeeScope(v, "record", Prisma.sql`id`)}`;
  return new Set(rows.map((row) => row.slug));
}

describe("the tree as of a date", () => {
  it("differs between 30/6/2025 and 1/7/2025 exactly as the reorganisation says", async () => {
    const before = await seededLinks("2025-06-30");
    const after = await seededLinks("2025-07-01");
    const gone = [...before].filter((link) => !after.has(link)).sort();
    const came = [...after].filter((link) => !before.has(link)).sort();
    expect(gone).toEqual(
      [
        "trung-uong > an-giang",
        "trung-uong > kien-giang",
        "trung-uong > tp-ho-chi-minh",
        "trung-uong > binh-duong",
        "trung-uong > ba-ria-vung-tau",
        "trung-uong > tay-ninh",
        "trung-uong > long-an",
        "tp-ho-chi-minh > quan-1",
        "tp-ho-chi-minh > quan-3",
        "tp-ho-chi-minh > quan-5",
        "tp-ho-chi-minh > binh-thanh",
        "tp-ho-chi-minh > can-gio",
        "can-gio > thanh-an",
        "tay-ninh > thanh-pho-tay-ninh",
        "thanh-pho-tay-ninh > hiep-ninh",
      ].sort(),
    );
    expect(came).toEqual(
      [
        "trung-uong > tuyen-giao-dan-van-an-giang",
        "trung-uong > tuyen-giao-dan-van-tp-ho-chi-minh",
        "trung-uong > tuyen-giao-dan-van-tay-ninh",
        "tuyen-giao-dan-van-tp-ho-chi-minh > xa-can-gio",
        "tuyen-giao-dan-van-tp-ho-chi-minh > thanh-an",
        "tuyen-giao-dan-van-tay-ninh > phuong-tan-ninh",
      ].sort(),
    );
    // The root stays; xã Thạnh An is the same committee on both days.
    expect(before.has("∅ > trung-uong") && after.has("∅ > trung-uong")).toBe(true);
  });

  it("shows a committee's former parents, predecessors and successors with the primary one marked", async () => {
    const admin = viewer("admin@danvan.demo");
    const thanhAn = await getCommitteeHistory(admin, id("thanh-an"));
    expect(thanhAn.parents.map((p) => [slugOf.get(p.id), p.validFrom, p.validTo])).toEqual([
      ["tuyen-giao-dan-van-tp-ho-chi-minh", d("2025-07-01"), null],
      ["can-gio", d("2020-01-01"), d("2025-06-30")],
    ]);
    const canGio = await getCommitteeHistory(admin, id("can-gio"));
    expect(canGio.successors.map((s) => [slugOf.get(s.id), s.primary])).toEqual([
      ["tuyen-giao-dan-van-tp-ho-chi-minh", true],
      ["xa-can-gio", false],
    ]);
    const xaCanGio = await getCommitteeHistory(viewer("canbo.cangio@danvan.demo"), id("xa-can-gio"));
    expect(xaCanGio.predecessors.map((s) => [slugOf.get(s.id), s.primary, s.readable])).toEqual([["can-gio", false, true]]);
  });
});

describe("scope over time", () => {
  let conferenceId = "";
  beforeAll(async () => {
    const created = await db.conference.create({
      data: { committeeId: id("can-gio"), kind: "YEAR_END_REVIEW", title: "Hội nghị thử 2023 của Ban Dân vận Huyện ủy Cần Giờ", heldOn: d("2023-09-15") },
      select: { id: true },
    });
    conferenceId = created.id;
  });

  async function readsConference(committeeSlug: string): Promise<boolean> {
    const v: Viewer = { id: "v", email: "v@test.vn", name: "V", role: "STAFF", committeeId: id(committeeSlug) };
    const rows = await db.$queryRaw<{ id: string }[]>`
      select id from conferences where id = ${conferenceId} and ${committeeScope(v, "record", Prisma.sql`committee_id`)}`;
    return rows.length === 1;
  }

  it("lets Cần Giờ district, the old city committee and today's merged city committee read a 2023 record of Cần Giờ district", async () => {
    expect(await readsConference("can-gio")).toBe(true);
    expect(await readsConference("tp-ho-chi-minh")).toBe(true);
    expect(await readsConference("tuyen-giao-dan-van-tp-ho-chi-minh")).toBe(true);
    expect(await readsConference("xa-can-gio")).toBe(true); // the district's own record, read by a non-primary successor
    expect(await readsConference("thanh-an")).toBe(false);
    expect(await readsConference("tuyen-giao-dan-van-an-giang")).toBe(false);
  });

  it("lets xã Cần Giờ's staff read Cần Giờ district's own records but not old Thạnh An's", async () => {
    const slugs = await readableSlugs(viewer("canbo.cangio@danvan.demo"));
    expect([...slugs].sort()).toEqual(["can-gio", "xa-can-gio"]);
  });

  it("lets An Giang's merged committee read An Giang's and Kiên Giang's records, and the city's committee its whole former tree", async () => {
    expect([...(await readableSlugs(viewer("lanhdao.angiang@danvan.demo")))].sort()).toEqual(["an-giang", "kien-giang", "tuyen-giao-dan-van-an-giang"]);
    const city: Viewer = { ...viewer("canbo.cangio@danvan.demo"), committeeId: id("tuyen-giao-dan-van-tp-ho-chi-minh") };
    expect([...(await readableSlugs(city))].sort()).toEqual(
      ["ba-ria-vung-tau", "binh-duong", "binh-thanh", "can-gio", "quan-1", "quan-3", "quan-5", "thanh-an", "tp-ho-chi-minh", "tuyen-giao-dan-van-tp-ho-chi-minh", "xa-can-gio"].sort(),
    );
  });

  it("agrees with the policy table on every seeded committee for every demo viewer", async () => {
    const seeded = [...idOf.entries()].filter(([, committeeId]) => committeeId.startsWith("seed-"));
    let checked = 0;
    for (const demo of DEMO_USERS) {
      const v = viewer(demo.email);
      for (const type of ["record", "target", "report", "article"] as const) {
        const rows = await db.$queryRaw<{ id: string }[]>`select id from committees where ${committeeScope(v, type, Prisma.sql`id`)}`;
        const inScope = new Set(rows.map((row) => row.id));
        for (const [slug, committeeId] of seeded) {
          const allowed = can(v, "read", await resourceOf(db, v, type, committeeId));
          expect(allowed, `${demo.email} reads ${type} of ${slug}`).toBe(inScope.has(committeeId));
          checked++;
        }
      }
    }
    expect(checked).toBe(DEMO_USERS.length * 4 * seeded.length);
  });

  it("lets the primary successor act for its predecessor only on records dated before its end", async () => {
    const leader = viewer("lanhdao.angiang@danvan.demo");
    const before = await resourceOf(db, leader, "record", id("an-giang"), d("2023-11-23"));
    const after = await resourceOf(db, leader, "record", id("an-giang"), d("2025-07-01"));
    expect(before.relation).toBe("primaryPredecessor");
    expect(can(leader, "update", before)).toBe(true);
    expect(can(leader, "update", after)).toBe(false);
    const commune = viewer("canbo.cangio@danvan.demo");
    const district = await resourceOf(db, commune, "record", id("can-gio"), d("2023-09-15"));
    expect(district.relation).toBe("nonPrimaryPredecessor");
    expect(can(commune, "read", district)).toBe(true);
    expect(can(commune, "update", district)).toBe(false);
    expect((await resourceOf(db, commune, "record", id("thanh-an"))).relation).toBe("other");
  });
});
