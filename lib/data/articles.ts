import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// PUBLIC READS. Anyone may read published articles, so these functions take
// no viewer: they only ever return articles whose status is PUBLISHED and
// whose publication time has come. Reads for the editor (drafts, archive)
// belong in viewer-scoped functions that call `can()`.

/** A published article as shown in lists and cards. */
export type PublicArticleSummary = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  byline: string | null;
  publishedAt: Date;
  committeeName: string;
};

/** A published article as shown on its own page. */
export type PublicArticle = PublicArticleSummary & {
  /** Sanitized HTML (lib/text/article-html.ts); the page sanitizes it again when rendering. */
  body: string;
  coverImageId: string | null;
  updatedAt: Date;
  topics: { slug: string; name: string }[];
  /** The campaign it reports (its public page), unless deleted. */
  campaign: { slug: string; name: string } | null;
  /** What related news is looked up by. */
  committeeId: string;
  campaignId: string | null;
  topicIds: string[];
};

export type PublicArticlePage = { items: PublicArticleSummary[]; total: number };

const MAX_PAGE_SIZE = 50;

const summarySelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  byline: true,
  publishedAt: true,
  committee: { select: { name: true } },
} satisfies Prisma.ArticleSelect;

const articleSelect = {
  ...summarySelect,
  body: true,
  coverImageId: true,
  updatedAt: true,
  committeeId: true,
  campaign: { select: { id: true, slug: true, name: true, deletedAt: true } },
  topics: { select: { topic: { select: { id: true, slug: true, name: true, position: true } } } },
} satisfies Prisma.ArticleSelect;

function publishedWhere(now: Date): Prisma.ArticleWhereInput {
  return { status: "PUBLISHED", publishedAt: { not: null, lte: now } };
}

type SummaryRow = Prisma.ArticleGetPayload<{ select: typeof summarySelect }>;

function toSummary(row: SummaryRow): PublicArticleSummary {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    byline: row.byline,
    // Never null: publishedWhere requires it.
    publishedAt: row.publishedAt ?? new Date(0),
    committeeName: row.committee.name,
  };
}

/**
 * Public read: one page of published articles, newest first.
 * `page` starts at 1; `pageSize` is capped at 50.
 */
export async function listPublishedArticles({
  page,
  pageSize,
  committeeIds,
  topicSlug,
  campaignId,
}: {
  page: number;
  pageSize: number;
  /** Only the articles of these committees (a committee page's reach). */
  committeeIds?: readonly string[];
  /** Only the articles of this topic (its slug). */
  topicSlug?: string;
  /** Only the articles that report this campaign. */
  campaignId?: string;
}): Promise<PublicArticlePage> {
  const size = Math.min(Math.max(Math.trunc(pageSize), 1), MAX_PAGE_SIZE);
  const current = Math.max(Math.trunc(page), 1);
  const where: Prisma.ArticleWhereInput = {
    ...publishedWhere(new Date()),
    ...(committeeIds ? { committeeId: { in: [...committeeIds] } } : {}),
    ...(topicSlug ? { topics: { some: { topic: { slug: topicSlug } } } } : {}),
    ...(campaignId ? { campaignId } : {}),
  };
  const db = getDb();
  const [rows, total] = await Promise.all([
    db.article.findMany({
      where,
      select: summarySelect,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      skip: (current - 1) * size,
      take: size,
    }),
    db.article.count({ where }),
  ]);
  return { items: rows.map(toSummary), total };
}

/** Public read: a published article by its slug, or null when there is none to show. */
export async function getPublishedArticle(slug: string): Promise<PublicArticle | null> {
  const row = await getDb().article.findFirst({
    where: { slug, ...publishedWhere(new Date()) },
    select: articleSelect,
  });
  if (!row) return null;
  return {
    ...toSummary(row),
    body: row.body,
    coverImageId: row.coverImageId,
    updatedAt: row.updatedAt,
    topics: row.topics.map((t) => t.topic).sort((a, b) => a.position - b.position).map(({ slug: topicSlug, name }) => ({ slug: topicSlug, name })),
    campaign: row.campaign && !row.campaign.deletedAt ? { slug: row.campaign.slug, name: row.campaign.name } : null,
    committeeId: row.committeeId,
    campaignId: row.campaign && !row.campaign.deletedAt ? row.campaign.id : null,
    topicIds: row.topics.map((t) => t.topic.id),
  };
}

/**
 * Public read: news related to an article, in one query: of the same
 * campaign first, then sharing a topic, then of the same committee, each
 * newest first.
 */
export async function relatedArticles(article: Pick<PublicArticle, "id" | "committeeId" | "campaignId" | "topicIds">, count: number): Promise<PublicArticleSummary[]> {
  const db = getDb();
  const topicIds = [...article.topicIds];
  const ranked = await db.$queryRaw<{ id: string }[]>`
    select a.id
      from articles a
      cross join lateral (select exists (select 1 from article_topics t where t.article_id = a.id and t.topic_id = any(${topicIds}::text[])) as shares_topic) x
     where a.status = 'PUBLISHED' and a.published_at <= now() and a.id <> ${article.id}
       and (a.campaign_id = ${article.campaignId} or x.shares_topic or a.committee_id = ${article.committeeId})
     order by coalesce(a.campaign_id = ${article.campaignId}, false) desc, x.shares_topic desc, a.published_at desc, a.id desc
     limit ${count}`;
  const ids = ranked.map((row) => row.id);
  const rows = await db.article.findMany({ where: { id: { in: ids } }, select: summarySelect });
  const byId = new Map(rows.map((row) => [row.id, toSummary(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Public read: the slug a published article has now, when `slug` is one it had before (old links redirect there). */
export async function currentSlugOf(formerSlug: string): Promise<string | null> {
  const row = await getDb().articleFormerSlug.findUnique({ where: { slug: formerSlug }, select: { article: { select: { slug: true, status: true, publishedAt: true } } } });
  const article = row?.article;
  if (!article || article.status !== "PUBLISHED" || !article.publishedAt || article.publishedAt.getTime() > Date.now()) return null;
  return article.slug;
}

/** Public read: every published article's slug and last change, newest first (the sitemap). */
export async function listPublishedSlugs(limit: number): Promise<{ slug: string; updatedAt: Date }[]> {
  return getDb().article.findMany({ where: publishedWhere(new Date()), select: { slug: true, updatedAt: true }, orderBy: [{ publishedAt: "desc" }, { id: "desc" }], take: limit });
}

/** The news topics (chuyên mục) in their order: public, as readers filter by them and editors tag with them. */
export function listTopics(): Promise<{ id: string; slug: string; name: string }[]> {
  return getDb().topic.findMany({ select: { id: true, slug: true, name: true }, orderBy: [{ position: "asc" }, { name: "asc" }] });
}
