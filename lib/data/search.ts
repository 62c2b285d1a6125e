import "server-only";
import { getDb, Prisma } from "@/lib/db";
import { vietnamToday } from "@/lib/time/vietnam";
import type { PublicArticleSummary } from "./articles";

// PUBLIC READ: the site search (/tim-kiem) across published news, campaigns
// and committees. Anyone may search, so it takes no viewer and returns only
// what public pages already show: never a person's data beyond an article's
// byline, never a draft, a scheduled or withdrawn article, a deleted campaign.
//
// Both sides are folded by unaccent_vi (lower case, no diacritics, đ → d) and
// compared by pg_trgm's word similarity: `query <% text` holds when some run
// of words of `text` shares enough trigrams with the query (the threshold is
// pg_trgm.word_similarity_threshold, 0.6 unless the server sets another), so
// "an giang giao bna" still finds "An Giang giao ban tổng kết…". Each
// condition has the very expression of a GIN trigram index (migration
// 20261122190000_public_search), so the index serves it.

/** At most this many hits of each kind by default; the page shows them all. */
export const SEARCH_LIMIT = 10;

export type CampaignHit = {
  id: string;
  slug: string;
  name: string;
  /** Who launched it; null for a nationwide movement. */
  committeeName: string | null;
  startsOn: Date | null;
  endsOn: Date | null;
};

export type CommitteeHit = {
  id: string;
  slug: string;
  name: string;
  level: "CENTRAL" | "PROVINCE" | "DISTRICT" | "COMMUNE";
  /** It ended before today (its page leads to its primary successor's). */
  ended: boolean;
};

/** The best hits of one kind, best first, and how many matched in all. */
export type SearchGroup<T> = { items: T[]; total: number };

export type SearchResults = {
  articles: SearchGroup<PublicArticleSummary>;
  campaigns: SearchGroup<CampaignHit>;
  committees: SearchGroup<CommitteeHit>;
};

/** The folded query, as the indexes fold the text they hold. */
const folded = (query: string) => Prisma.sql`unaccent_vi(${query})`;

/** `query <% unaccent_vi(column)`: pg_trgm's operator, from schema "extensions". */
const matches = (query: string, column: Prisma.Sql) => Prisma.sql`${folded(query)} OPERATOR(extensions.<%) unaccent_vi(${column})`;

const similarity = (query: string, column: Prisma.Sql) => Prisma.sql`extensions.word_similarity(${folded(query)}, unaccent_vi(${column}))`;

/**
 * The published articles a query finds, best first: a match in the title
 * counts more than one in the summary. Exported for the test that EXPLAINs it.
 */
export function articleSearchSql(query: string, limit: number): Prisma.Sql {
  return Prisma.sql`
    select a.id, a.slug, a.title, a.summary, a.byline, a.published_at, c.name as committee_name, count(*) over () as total
      from (
        select a.*, greatest(${similarity(query, Prisma.sql`a.title`)}, 0.8 * ${similarity(query, Prisma.sql`a.summary`)}) as score
          from articles a
         where a.status = 'PUBLISHED'
           and a.published_at <= now()
           and (${matches(query, Prisma.sql`a.title`)} or ${matches(query, Prisma.sql`a.summary`)})
      ) a
      join committees c on c.id = a.committee_id
     order by a.score desc, a.published_at desc, a.id
     limit ${limit}`;
}

type ArticleRow = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  byline: string | null;
  published_at: Date;
  committee_name: string;
  total: bigint;
};

type CampaignRow = { id: string; slug: string; name: string; committee_name: string | null; starts_on: Date | null; ends_on: Date | null; total: bigint };

type CommitteeRow = { id: string; slug: string; name: string; level: CommitteeHit["level"]; ended: boolean; total: bigint };

const totalOf = (rows: readonly { total: bigint }[]) => Number(rows[0]?.total ?? 0);

/**
 * Public read: what a search query finds among published articles, campaigns
 * (not deleted) and committees, up to `limit` of each, best first. The query
 * comes validated (lib/validation/search-params: trimmed, at most 100
 * characters); an empty one finds nothing.
 */
export async function searchSite(query: string, { limit = SEARCH_LIMIT }: { limit?: number } = {}): Promise<SearchResults> {
  const text = query.trim();
  const take = Math.min(Math.max(Math.trunc(limit), 1), 50);
  if (!text) return { articles: { items: [], total: 0 }, campaigns: { items: [], total: 0 }, committees: { items: [], total: 0 } };
  const db = getDb();
  const today = vietnamToday();
  const [articles, campaigns, committees] = await Promise.all([
    db.$queryRaw<ArticleRow[]>(articleSearchSql(text, take)),
    db.$queryRaw<CampaignRow[]>`
      select k.id, k.slug, k.name, c.name as committee_name, k.starts_on, k.ends_on, count(*) over () as total
        from campaigns k
        left join committees c on c.id = k.committee_id
       where k.deleted_at is null
         and ${matches(text, Prisma.sql`k.name`)}
       order by ${similarity(text, Prisma.sql`k.name`)} desc, k.starts_on desc nulls last, k.name, k.id
       limit ${take}`,
    db.$queryRaw<CommitteeRow[]>`
      select c.id, c.slug, c.name, c.level::text as level, coalesce(c.valid_to < ${today}::date, false) as ended, count(*) over () as total
        from committees c
       where ${matches(text, Prisma.sql`c.name`)}
       order by ${similarity(text, Prisma.sql`c.name`)} desc, (c.valid_to is null or c.valid_to >= ${today}::date) desc, c.name, c.id
       limit ${take}`,
  ]);
  return {
    articles: {
      total: totalOf(articles),
      items: articles.map((row) => ({
        id: row.id,
        slug: row.slug,
        title: row.title,
        summary: row.summary,
        byline: row.byline,
        publishedAt: row.published_at,
        committeeName: row.committee_name,
      })),
    },
    campaigns: {
      total: totalOf(campaigns),
      items: campaigns.map((row) => ({ id: row.id, slug: row.slug, name: row.name, committeeName: row.committee_name, startsOn: row.starts_on, endsOn: row.ends_on })),
    },
    committees: {
      total: totalOf(committees),
      items: committees.map((row) => ({ id: row.id, slug: row.slug, name: row.name, level: row.level, ended: row.ended })),
    },
  };
}
