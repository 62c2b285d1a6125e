import "server-only";
import { getDb } from "@/lib/db";

// What readers do with a published article: views and 1–5 star ratings.
// Both are exact under concurrency: a view is one atomic increment, a rating
// one insert that the primary key (article, browser) lets in once. Readers
// have no account, so these take a browser key (lib/news/reader-key), never
// a viewer, and write nothing else.

/** Counts `views` views of a published article in one atomic increment (lib/news/view-counter gathers them). */
export async function countArticleViews(articleId: string, views = 1): Promise<void> {
  await getDb().$executeRaw`update articles set view_count = view_count + ${views} where id = ${articleId} and status = 'PUBLISHED'`;
}

/** How many views a published article has had. */
export async function articleViews(articleId: string): Promise<number> {
  const row = await getDb().article.findUnique({ where: { id: articleId }, select: { viewCount: true } });
  return row?.viewCount ?? 0;
}

export type ArticleRatings = {
  count: number;
  /** The mean of the stars, one decimal (a decimal string), null without ratings. */
  average: string | null;
};

/** An article's ratings. */
export async function articleRatings(articleId: string): Promise<ArticleRatings> {
  const [row] = await getDb().$queryRaw<{ count: number; average: string | null }[]>`
    select count(*)::int as count, trim_scale(round(avg(stars), 1))::text as average
      from article_ratings where article_id = ${articleId}`;
  return { count: row?.count ?? 0, average: row?.average ?? null };
}

/** This browser's stars for an article, null when it has not rated it. */
export async function browserRating(articleId: string, browserKey: string): Promise<number | null> {
  const row = await getDb().articleRating.findUnique({ where: { articleId_browserKey: { articleId, browserKey } }, select: { stars: true } });
  return row?.stars ?? null;
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
  return (await browserRating(articleId, browserKey)) === null ? "notFound" : "already";
}
