import "server-only";
import { getDb, Prisma } from "@/lib/db";
import { vietnamToday } from "@/lib/time/vietnam";
import { listPublishedArticles, type PublicArticleSummary } from "./articles";

// PUBLIC READS of committees: a committee's public page (/don-vi/<slug>),
// its profile, its place in today's tree and the news of its reach. Anyone
// may read them, so these take no viewer and return nothing personal (the
// head's name and title are the committee's public contact).

/** How many links through primary successors a slug may follow (a chain of mergers). */
const MAX_SUCCESSIONS = 10;

/** What a committee slug looks like (lib/text/slug): anything else names no committee. */
const SLUG = /^[a-z0-9-]{1,120}$/;

export type PublicCommittee = {
  id: string;
  slug: string;
  name: string;
  level: "CENTRAL" | "PROVINCE" | "DISTRICT" | "COMMUNE";
  locality: string;
  address: string | null;
  phone: string | null;
  email: string | null;
  headName: string | null;
  headTitle: string | null;
  validFrom: Date;
  parent: { slug: string; name: string } | null;
  children: { slug: string; name: string }[];
  predecessors: { slug: string; name: string; validTo: Date | null }[];
};

/**
 * Where a slug leads: the committee's page while it exists; for a committee
 * that ended, its primary successor's (followed through later mergers), so an
 * old link keeps working. An ended committee without one keeps its page.
 */
export async function resolveCommitteeSlug(slug: string): Promise<{ redirect: string } | { id: string } | null> {
  if (!SLUG.test(slug)) return null;
  const db = getDb();
  const select = { id: true, slug: true, validTo: true } as const;
  const start = await db.committee.findUnique({ where: { slug }, select });
  if (!start) return null;
  const today = vietnamToday();
  let current = start;
  for (let step = 0; step < MAX_SUCCESSIONS && current.validTo !== null && current.validTo < today; step++) {
    const next = await db.committeeSuccession.findFirst({ where: { predecessorId: current.id, primary: true }, select: { successor: { select } } });
    if (!next) break;
    current = next.successor;
  }
  return current.id === start.id ? { id: start.id } : { redirect: current.slug };
}

/** A committee's public profile, with today's parent and children and the committees it took over. */
export async function getPublicCommittee(id: string): Promise<PublicCommittee | null> {
  const db = getDb();
  const today = vietnamToday();
  const alive = { validFrom: { lte: today }, OR: [{ validTo: null }, { validTo: { gte: today } }] };
  const row = await db.committee.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      name: true,
      level: true,
      locality: true,
      address: true,
      phone: true,
      email: true,
      headName: true,
      headTitle: true,
      validFrom: true,
      parentLinks: { where: alive, select: { parent: { select: { slug: true, name: true } } }, take: 1 },
      childLinks: { where: alive, select: { committee: { select: { slug: true, name: true } } }, orderBy: { committee: { name: "asc" } } },
      predecessors: { select: { predecessor: { select: { slug: true, name: true, validTo: true } } }, orderBy: { effectiveOn: "asc" } },
    },
  });
  if (!row) return null;
  const { parentLinks, childLinks, predecessors, ...fields } = row;
  return {
    ...fields,
    parent: parentLinks[0]?.parent ?? null,
    children: childLinks.map((link) => link.committee),
    predecessors: predecessors.map((s) => s.predecessor),
  };
}

/** A committee's reach (readable_committee_ids): its own, its subtree's and its predecessors' committees, whose news is its news. */
export async function committeeReach(id: string): Promise<string[]> {
  const rows = await getDb().$queryRaw<{ id: string }[]>(Prisma.sql`select readable_committee_ids(${id}) as id`);
  return rows.map((row) => row.id);
}

/** The latest published news of a committee's reach. */
export async function committeeNews(id: string, count: number): Promise<PublicArticleSummary[]> {
  return (await listPublishedArticles({ page: 1, pageSize: count, committeeIds: await committeeReach(id) })).items;
}

/**
 * Today's committees readers filter the news by: the central one and the
 * provinces (a commune's news is on its page, which links here), and the one
 * chosen (`chosen`, a slug) wherever it sits.
 */
export async function listNewsCommittees(chosen?: string): Promise<{ slug: string; name: string }[]> {
  const today = vietnamToday();
  const live = { level: { in: ["CENTRAL" as const, "PROVINCE" as const] }, validFrom: { lte: today }, OR: [{ validTo: null }, { validTo: { gte: today } }] };
  return getDb().committee.findMany({
    where: chosen ? { OR: [live, { slug: chosen }] } : live,
    select: { slug: true, name: true },
    orderBy: [{ level: "asc" }, { name: "asc" }],
  });
}

/** Today's committees' slugs (the sitemap). */
export async function listLiveCommitteeSlugs(): Promise<string[]> {
  const today = vietnamToday();
  const rows = await getDb().committee.findMany({ where: { validFrom: { lte: today }, OR: [{ validTo: null }, { validTo: { gte: today } }] }, select: { slug: true }, orderBy: { slug: "asc" } });
  return rows.map((row) => row.slug);
}
