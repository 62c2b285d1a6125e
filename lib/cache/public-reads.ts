import "server-only";
import { listPublishedArticles, getPublishedArticle, relatedArticles, type PublicArticle } from "@/lib/data/articles";
import { articleRatings, articleViews } from "@/lib/data/article-readers";
import { listApprovedComments } from "@/lib/data/comments";
import { latestPublicFigures, publicFigures, rootCommittee } from "@/lib/data/public-figures";
import { sanitizeArticleHtml } from "@/lib/text/article-html";
import { cachedPublic, forgetPublic } from "./public-content";

// The home and article pages' reads, through the public content cache
// (./public-content): dropped on every server when content changes. Figures,
// view counts and ratings change without a content change (records, readers),
// so they are kept only briefly.

const FIGURES_TTL_MS = 60_000;
const READERS_TTL_MS = 30_000;

/** The latest published articles (home, an article's side column). */
export const latestArticles = (count: number) => cachedPublic(`latest:${count}`, async () => (await listPublishedArticles({ page: 1, pageSize: count })).items);

/**
 * A published article by its slug (null: none to show), its body sanitized
 * against the allowlist when it is read from the database (it was on save
 * too), so requests served from the cache do not parse it again.
 */
export const publishedArticle = (slug: string) =>
  cachedPublic(`article:${slug}`, async () => {
    const article = await getPublishedArticle(slug);
    return article ? { ...article, body: sanitizeArticleHtml(article.body) } : null;
  });

/** The news related to an article. */
export const relatedNews = (article: PublicArticle, count: number) => cachedPublic(`related:${article.id}:${count}`, () => relatedArticles(article, count));

/** An article's approved comments (approving one bumps the content version: migration 20261208014500). */
export const approvedCommentsOf = (articleId: string) => cachedPublic(`comments:${articleId}`, () => listApprovedComments(articleId));

/** A committee's public figures for a year (without one: this year, or the latest with records), as of at most a minute ago. */
export const figuresOf = (committeeId: string, year?: number) =>
  cachedPublic(`figures:${committeeId}:${year ?? "latest"}`, () => (year === undefined ? latestPublicFigures(committeeId) : publicFigures(committeeId, year)), { ttlMs: FIGURES_TTL_MS });

/** Today's root of the tree, whose figures are the country's. */
export const countryCommittee = () => cachedPublic("committee:root", rootCommittee);

/** The country's key figures on the home page. */
export const countryFigures = async () => figuresOf((await countryCommittee()).id);

/** An article's view count, as of at most half a minute ago. */
export const viewsOf = (articleId: string) => cachedPublic(`views:${articleId}`, () => articleViews(articleId), { ttlMs: READERS_TTL_MS });

/** After views were written by this server. */
export const forgetViews = (articleId: string) => forgetPublic(`views:${articleId}`);

/** An article's ratings, as of at most half a minute ago (at once on the server that took a rating). */
export const ratingsOf = (articleId: string) => cachedPublic(`ratings:${articleId}`, () => articleRatings(articleId), { ttlMs: READERS_TTL_MS });

/** After a rating on this server. */
export const forgetRatings = (articleId: string) => forgetPublic(`ratings:${articleId}`);
