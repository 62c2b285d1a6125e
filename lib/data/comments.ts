import "server-only";
import { getDb, Prisma } from "@/lib/db";
import { allowedRelations, can, type Viewer } from "@/lib/auth/policy";
import type { CommentStatus } from "@/lib/generated/prisma/enums";
import { audit } from "./audit";
import { NotFoundError, RuleViolation, StaleRecordError } from "./errors";
import { isRecordId, resourceOf } from "./scope";

// READERS' COMMENTS. Anyone may comment on a published article, without an
// account; a comment shows on the article's page only once someone who
// moderates the article's committee approves it (lib/auth/policy.ts:
// articleComment). Posting is rate-limited per client, under a keyed hash of
// its address (lib/comments/form-token.ts), and per article; nothing else
// about the reader is kept.

type Tx = Prisma.TransactionClient;

/** How many comments one client may post (within minutes, and within a day), and one article may receive within minutes. */
export const COMMENT_LIMITS = {
  perClient: { count: 3, minutes: 10 },
  perClientDay: 20,
  perArticle: { count: 30, minutes: 10 },
} as const;

/** Client keys are kept this long (for the daily limit), then forgotten. */
const CLIENT_KEY_HOURS = 24;
/** At most this many old keys are forgotten per new comment (the partial index keeps finding them cheap). */
const FORGET_BATCH = 500;

export const COMMENT_PAGE_SIZE = 20;
/** The article page shows this many approved comments at most (the newest). */
const SHOWN_COMMENTS = 100;

// ───────────────────────────── Public ─────────────────────────────

export type PublicComment = { id: string; authorName: string; body: string; createdAt: Date };

/** Public read: the approved comments of an article, oldest first (the newest 100), and how many there are. */
export async function listApprovedComments(articleId: string): Promise<{ items: PublicComment[]; total: number }> {
  if (!isRecordId(articleId)) return { items: [], total: 0 };
  const db = getDb();
  const where = { articleId, status: "APPROVED" as const };
  const [rows, total] = await Promise.all([
    db.articleComment.findMany({
      where,
      select: { id: true, authorName: true, body: true, createdAt: true },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: SHOWN_COMMENTS,
    }),
    db.articleComment.count({ where }),
  ]);
  return { items: rows.reverse(), total };
}

/**
 * A reader's comment on a published article, held for moderation. Refused
 * (RuleViolation, nothing written) when the article takes no comments or a
 * limit is reached. Posts of one client, and of one article, queue behind
 * advisory locks, so a burst of parallel posts cannot slip past the limits.
 */
export async function postComment(request: { articleId: string; clientKey: string }, input: { authorName: string; body: string }): Promise<{ id: string }> {
  const { articleId, clientKey } = request;
  if (!isRecordId(articleId)) throw new RuleViolation("comments.errors.closed");
  return getDb().$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { committeeId: true, status: true, publishedAt: true } });
    const live = article?.status === "PUBLISHED" && article.publishedAt !== null && article.publishedAt.getTime() <= Date.now();
    if (!article || !can(null, "create", { type: "articleComment", committeeId: article.committeeId, published: live })) throw new RuleViolation("comments.errors.closed");

    await tx.$executeRaw`select pg_advisory_xact_lock(hashtext('comment:client:' || ${clientKey}))`;
    await tx.$executeRaw`select pg_advisory_xact_lock(hashtext('comment:article:' || ${articleId}))`;
    const [byClient] = await tx.$queryRaw<{ recent: number; today: number }[]>`
      select count(*) filter (where created_at > now() - make_interval(mins => ${COMMENT_LIMITS.perClient.minutes}))::int as recent,
             count(*)::int as today
        from article_comments
       where client_key = ${clientKey} and created_at > now() - make_interval(hours => ${CLIENT_KEY_HOURS})`;
    if ((byClient?.recent ?? 0) >= COMMENT_LIMITS.perClient.count) throw new RuleViolation("comments.errors.tooMany");
    if ((byClient?.today ?? 0) >= COMMENT_LIMITS.perClientDay) throw new RuleViolation("comments.errors.tooManyToday");
    const [byArticle] = await tx.$queryRaw<{ recent: number }[]>`
      select count(*)::int as recent from article_comments
       where article_id = ${articleId} and created_at > now() - make_interval(mins => ${COMMENT_LIMITS.perArticle.minutes})`;
    if ((byArticle?.recent ?? 0) >= COMMENT_LIMITS.perArticle.count) throw new RuleViolation("comments.errors.articleBusy");

    // Keys older than the daily window are forgotten: after a day a comment keeps no trace of where it came from.
    await tx.$executeRaw`
      update article_comments set client_key = null
       where id in (select id from article_comments
                     where client_key is not null and created_at <= now() - make_interval(hours => ${CLIENT_KEY_HOURS})
                     limit ${FORGET_BATCH})`;
    const comment = await tx.articleComment.create({
      data: { articleId, authorName: input.authorName, body: input.body, clientKey },
      select: { id: true },
    });
    // No viewer and no address: the trail says a reader commented, on which article, under which name.
    await audit(tx, null, {
      action: "create",
      entity: "comment",
      entityId: comment.id,
      committeeId: article.committeeId,
      after: { articleId, authorName: input.authorName, status: "PENDING" },
    });
    return comment;
  });
}

// ───────────────────────────── Moderation ─────────────────────────────

/** Whether the viewer moderates comments anywhere (the moderation page and its link). */
export function moderatesComments(viewer: Viewer): boolean {
  const relations = allowedRelations(viewer, "moderate", "articleComment");
  return relations === "all" || relations.length > 0;
}

/**
 * The `where` condition keeping a query to articles whose comments the viewer
 * moderates, on `column` (the article's committee id), from the policy
 * table's relations, evaluated in SQL (committee_reach).
 */
function moderationScope(viewer: Viewer, column: Prisma.Sql): Prisma.Sql {
  const relations = allowedRelations(viewer, "moderate", "articleComment");
  if (relations === "all") return Prisma.sql`true`;
  if (relations.length === 0 || viewer.committeeId === null) return Prisma.sql`false`;
  return Prisma.sql`${column} in (select r.committee_id from committee_reach(${viewer.committeeId}) r where r.relation in (${Prisma.join([...relations])}))`;
}

export type ModerationComment = {
  id: string;
  authorName: string;
  body: string;
  status: CommentStatus;
  createdAt: Date;
  version: number;
  moderatedAt: Date | null;
  moderatedBy: string | null;
  rejectReason: string | null;
  article: { id: string; title: string; slug: string; committeeName: string; live: boolean };
};

type ModerationRow = {
  id: string;
  author_name: string;
  body: string;
  status: CommentStatus;
  created_at: Date;
  version: number;
  moderated_at: Date | null;
  moderated_by: string | null;
  reject_reason: string | null;
  article_id: string;
  title: string;
  slug: string;
  committee_name: string;
  live: boolean;
};

/**
 * The comments of one status on the articles the viewer moderates, with
 * counts per status: waiting ones oldest first (a queue), the others most
 * recently handled first.
 */
export async function listCommentsForModeration(viewer: Viewer, filter: { status: CommentStatus; page: number }) {
  const counts: Record<CommentStatus, number> = { PENDING: 0, APPROVED: 0, REJECTED: 0 };
  if (!moderatesComments(viewer)) return { items: [] as ModerationComment[], total: 0, counts };
  const db = getDb();
  const scope = moderationScope(viewer, Prisma.sql`a.committee_id`);
  const order = filter.status === "PENDING" ? Prisma.sql`c.created_at, c.id` : Prisma.sql`c.moderated_at desc, c.id desc`;
  const [rows, grouped] = await Promise.all([
    db.$queryRaw<ModerationRow[]>`
      select c.id, c.author_name, c.body, c.status, c.created_at, c.version, c.moderated_at, u.name as moderated_by, c.reject_reason,
             a.id as article_id, a.title, a.slug, k.name as committee_name,
             (a.status = 'PUBLISHED' and a.published_at <= now()) as live
        from article_comments c
        join articles a on a.id = c.article_id
        join committees k on k.id = a.committee_id
        left join users u on u.id = c.moderated_by_id
       where c.status = ${filter.status}::comment_status and ${scope}
       order by ${order}
       limit ${COMMENT_PAGE_SIZE} offset ${(filter.page - 1) * COMMENT_PAGE_SIZE}`,
    db.$queryRaw<{ status: CommentStatus; count: number }[]>`
      select c.status, count(*)::int as count
        from article_comments c join articles a on a.id = c.article_id
       where ${scope}
       group by c.status`,
  ]);
  for (const group of grouped) counts[group.status] = group.count;
  return {
    items: rows.map(
      (row): ModerationComment => ({
        id: row.id,
        authorName: row.author_name,
        body: row.body,
        status: row.status,
        createdAt: row.created_at,
        version: row.version,
        moderatedAt: row.moderated_at,
        moderatedBy: row.moderated_by,
        rejectReason: row.reject_reason,
        article: { id: row.article_id, title: row.title, slug: row.slug, committeeName: row.committee_name, live: row.live },
      }),
    ),
    total: counts[filter.status],
    counts,
  };
}

/** The comments waiting for the viewer's moderation (the workspace to-do list). */
export async function countCommentsAwaitingModeration(viewer: Viewer): Promise<number> {
  if (!moderatesComments(viewer)) return 0;
  const [row] = await getDb().$queryRaw<{ count: number }[]>`
    select count(*)::int as count
      from article_comments c join articles a on a.id = c.article_id
     where c.status = 'PENDING' and ${moderationScope(viewer, Prisma.sql`a.committee_id`)}`;
  return row?.count ?? 0;
}

/** The comment as the moderator saw it, if they may moderate it: 404 outside their reach, stale when its version moved on. */
async function commentToModerate(tx: Tx, viewer: Viewer, id: string, version: number) {
  if (!isRecordId(id)) throw new NotFoundError("comment");
  const row = await tx.articleComment.findUnique({
    where: { id },
    select: {
      id: true,
      articleId: true,
      authorName: true,
      body: true,
      status: true,
      version: true,
      moderatedAt: true,
      moderatedBy: { select: { name: true } },
      article: { select: { slug: true, committeeId: true } },
    },
  });
  if (!row) throw new NotFoundError("comment");
  if (!can(viewer, "moderate", await resourceOf(tx, viewer, "articleComment", row.article.committeeId))) throw new NotFoundError("comment");
  if (row.version !== version) throw new StaleRecordError(row.moderatedBy && row.moderatedAt ? { name: row.moderatedBy.name, at: row.moderatedAt } : null);
  return row;
}

/** Moves the version on with the change, or refuses a step that lost the race. */
async function bumpVersion(tx: Tx, id: string, version: number, data: Prisma.ArticleCommentUncheckedUpdateManyInput) {
  const { count } = await tx.articleComment.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new StaleRecordError();
}

/**
 * Moves a comment to approved (it shows on the article's page) or rejected
 * (off the page, with an optional reason kept for the committee), from either
 * other status. Returns the article's slug.
 */
async function moderateComment(viewer: Viewer, id: string, version: number, status: "APPROVED" | "REJECTED", reason: string | null): Promise<{ slug: string }> {
  return getDb().$transaction(async (tx) => {
    const row = await commentToModerate(tx, viewer, id, version);
    if (row.status === status) throw new RuleViolation("comments.errors.step");
    await bumpVersion(tx, id, version, { status, moderatedAt: new Date(), moderatedById: viewer.id, rejectReason: reason });
    await audit(tx, viewer, {
      action: status === "APPROVED" ? "approve" : "reject",
      entity: "comment",
      entityId: id,
      committeeId: row.article.committeeId,
      before: { status: row.status },
      after: { status, articleId: row.articleId, by: viewer.name, ...(reason ? { reason } : {}) },
    });
    return { slug: row.article.slug };
  });
}

/** Pending or rejected → approved. */
export function approveComment(viewer: Viewer, id: string, version: number): Promise<{ slug: string }> {
  return moderateComment(viewer, id, version, "APPROVED", null);
}

/** Pending or approved → rejected, with an optional reason. */
export function rejectComment(viewer: Viewer, id: string, version: number, reason: string | null): Promise<{ slug: string }> {
  return moderateComment(viewer, id, version, "REJECTED", reason);
}

/** Deletes a comment for good, whatever its status; the trail keeps what it said. */
export async function deleteComment(viewer: Viewer, id: string, version: number): Promise<{ slug: string }> {
  return getDb().$transaction(async (tx) => {
    const row = await commentToModerate(tx, viewer, id, version);
    const { count } = await tx.articleComment.deleteMany({ where: { id, version } });
    if (count === 0) throw new StaleRecordError();
    await audit(tx, viewer, {
      action: "delete",
      entity: "comment",
      entityId: id,
      committeeId: row.article.committeeId,
      before: { articleId: row.articleId, authorName: row.authorName, body: row.body, status: row.status },
      after: { by: viewer.name },
    });
    return { slug: row.article.slug };
  });
}
