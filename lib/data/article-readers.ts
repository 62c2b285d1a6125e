import "server-only";
import { getDb } from "@/lib/db";

// What readers do with a published article: views and 1–5 star ratings.
// Both are exact under concurrency: a view is one atomic increment, a rating
// one insert that the primary key (article, browser) lets in once. Readers
// have no account, so these take a browser key (lib/news/reader-key), never
// a viewer, and write nothing else.

/** Counts one view of a published article (the article page runs it after its response). */
export async function countArticleView(articleId: string): Promise<void> {
  await getDb().$executeRaw`update articles set view_count = view_count + 1 where id = ${articleId} and status = 'PUBLISHED'`;
}

export type ArticleRatingSummary = {
  count: number;
  /** The mean of the stars, one decimal (a decimal string), null without ratings. */
  average: string | null;
  /** This browser's stars, null when it has not rated. */
  mine: number | null;
};

/** An article's ratings, and this browser's. */
export async function articleRatingSummary(articleId: string, browserKey: string | null): Promise<ArticleRatingSummary> {
  const [row] = await getDb().$queryRaw<{ count: number; average: string | null; mine: number | null }[]>`
    select count(*)::int as count,
           trim_scale(round(avg(stars), 1))::text as average,
           max(stars) filter (where browser_key = ${browserKey ?? ""})::int as mine
      from article_ratings where article_id = ${articleId}`;
  return { count: row?.count ?? 0, average: row?.average ?? null, mine: row?.mine ?? null };
}

/** Rates a published article for this browser: once; a second rating changes nothing. */
export async function rateArticle(articleId: string, browserKey: string, stars: number): Promise<"rated" | "already" | "notFound"> {
  const db = getDb();
  const inserted = await db.$executeRaw`
    insert into article_ratings (article_id, browser_key, stars)
    select a.id, ${browserKey}, ${stars}::smallint
      from articles a
     where a.id = ${articleId} and a.status = 'PUBLISHED' and a.published_at <= now()
    on conflict do nothing`;
  if (inserted === 1) return "rated";
  const rated = await db.articleRating.findUnique({ where: { articleId_browserKey: { articleId, browserKey } }, select: { stars: true } });
  return rated ? "already" : "notFound";
}
