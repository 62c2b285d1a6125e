// A committee's public page: a live committee's slug is its own; an ended
// committee's leads through primary successions to the live successor; an
// ended committee without one keeps its page; an unknown slug is nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPublicCommittee, resolveCommitteeSlug } from "@/lib/data/public-committees";
import { makeTree, testDb, type Tree } from "./support/fixtures";

const db = testDb();
let tree: Tree;
let tag: string;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

beforeAll(async () => {
  ({ tree, tag } = await makeTree(db));
});
afterAll(() => db.$disconnect());

async function committee(name: string, validFrom: string, validTo: string | null) {
  return db.committee.create({
    data: { slug: `${name}-${tag}`, name: `${name} ${tag}`, shortName: name, level: "PROVINCE", locality: name, validFrom: day(validFrom), validTo: validTo ? day(validTo) : null },
    select: { id: true, slug: true },
  });
}

describe("public committee slugs", () => {
  it("follow primary successions to today's committee; keep an ended one without a successor; know nothing of unknown slugs", async () => {
    const first = await committee("tinh-cu", "2010-01-01", "2019-12-31");
    const middle = await committee("tinh-giua", "2020-01-01", "2025-06-30");
    const today = await committee("tinh-moi", "2025-07-01", null);
    const lone = await committee("tinh-don-le", "2010-01-01", "2015-12-31");
    const side = await committee("xa-phu", "2025-07-01", null);
    await db.committeeSuccession.createMany({
      data: [
        { predecessorId: first.id, successorId: middle.id, kind: "MERGE", effectiveOn: day("2020-01-01"), primary: true },
        { predecessorId: middle.id, successorId: side.id, kind: "SPLIT", effectiveOn: day("2025-07-01"), primary: false },
        { predecessorId: middle.id, successorId: today.id, kind: "MERGE", effectiveOn: day("2025-07-01"), primary: true },
      ],
    });
    expect(await resolveCommitteeSlug(first.slug)).toEqual({ redirect: today.slug });
    expect(await resolveCommitteeSlug(middle.slug)).toEqual({ redirect: today.slug });
    expect(await resolveCommitteeSlug(today.slug)).toEqual({ id: today.id });
    expect(await resolveCommitteeSlug(lone.slug)).toEqual({ id: lone.id });
    expect(await resolveCommitteeSlug(`khong-co-${tag}`)).toBeNull();
    for (const odd of ["%", "../admin", "A".repeat(500), "an giang"]) expect(await resolveCommitteeSlug(odd)).toBeNull();
    const page = await getPublicCommittee(today.id);
    expect(page?.predecessors.map((p) => p.slug)).toEqual([middle.slug]);
    expect((await getPublicCommittee(tree.P))?.children.map((c) => c.slug)).toHaveLength(1);
  });
});
