import "server-only";
import { createHash } from "node:crypto";
import { getDb, Prisma } from "@/lib/db";
import { can, type Action, type Resource, type Viewer } from "@/lib/auth/policy";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { articleImageIds } from "@/lib/text/article-html";
import { firstFreeSlug, slugOf } from "@/lib/text/slug";
import { vietnamToday } from "@/lib/time/vietnam";
import type { CreateArticleInput, UpdateArticleInput } from "@/lib/validation/article";
import { listTopics } from "./articles";
import { audit, changedFields } from "./audit";
import { NotFoundError, RuleViolation, StaleRecordError } from "./errors";
import { campaignReadScope, conferenceReadScope, listCampaignChoices } from "./conferences";
import { storeFile, type CheckedFile, type PhotoBytes } from "./records/stored-files";
import { isRecordId, resourceOf } from "./scope";

// THE NEWSROOM. Articles are written by a committee's editors (or leaders),
// sent for review, and published by a leader of the committee or an admin;
// a committee may let its editors publish their own (committees.editors_publish).
// Every save keeps a revision; a published article's old slugs keep working.

type Tx = Prisma.TransactionClient;

export const NEWSROOM_PAGE_SIZE = 20;

const articleRow = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  body: true,
  byline: true,
  status: true,
  publishedAt: true,
  committeeId: true,
  conferenceId: true,
  campaignId: true,
  coverImageId: true,
  version: true,
  updatedAt: true,
  committee: { select: { id: true, name: true, editorsPublish: true } },
  topics: { select: { topicId: true } },
} satisfies Prisma.ArticleSelect;

async function articleResource(tx: Tx, viewer: Viewer, article: { committeeId: string; status: ArticleStatus; committee: { editorsPublish: boolean } }): Promise<Resource> {
  const resource = await resourceOf(tx, viewer, "article", article.committeeId);
  return { ...resource, editorsPublish: article.committee.editorsPublish, published: article.status === "PUBLISHED" };
}

/** What the viewer may do to an article, from the policy table and its status. */
function capabilities(viewer: Viewer, resource: Resource, status: ArticleStatus) {
  const mayPublish = can(viewer, "publish", resource);
  // A published article changes only in the hands of someone who may publish it: an edit goes live at once.
  const mayEdit = can(viewer, "update", resource) && (status !== "PUBLISHED" || mayPublish);
  return {
    canEdit: mayEdit,
    canSubmit: mayEdit && status === "DRAFT",
    canPublish: mayPublish && status !== "PUBLISHED",
    canReturn: mayPublish && status === "IN_REVIEW",
    canWithdraw: mayPublish && status === "PUBLISHED",
    canDelete: can(viewer, "delete", resource) && status !== "PUBLISHED",
  };
}

// ───────────────────────────── Reads ─────────────────────────────

/** The committees the viewer writes news for: every current one for admins, their own otherwise. */
export async function newsroomCommitteeChoices(viewer: Viewer): Promise<{ id: string; name: string }[]> {
  const today = vietnamToday();
  const choices = await getDb().committee.findMany({
    where:
      viewer.role === "ADMIN"
        ? { validFrom: { lte: today }, OR: [{ validTo: null }, { validTo: { gte: today } }] }
        : { id: viewer.committeeId ?? "" },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  return choices.filter((c) => can(viewer, "create", { type: "article", committeeId: c.id }));
}

/** The choices of the article form: committees, the conferences and campaigns the viewer reads (newest first), topics. */
export async function articleFormChoices(viewer: Viewer) {
  const [committees, conferences, campaigns, topics] = await Promise.all([
    newsroomCommitteeChoices(viewer),
    getDb().$queryRaw<{ id: string; title: string; held_on: Date }[]>`
      select c.id, c.title, c.held_on from conferences c
       where c.deleted_at is null and ${conferenceReadScope(viewer, "c")}
       order by c.held_on desc, c.id limit 300`,
    listCampaignChoices(viewer),
    listTopics(),
  ]);
  return { committees, conferences: conferences.map((c) => ({ id: c.id, title: c.title, heldOn: c.held_on })), campaigns, topics };
}

/** Whether the viewer writes news for their committee ("viết tin từ hồ sơ" on a record's page). */
export function writesNews(viewer: Viewer): boolean {
  return viewer.committeeId !== null && can(viewer, "create", { type: "article", committeeId: viewer.committeeId, relation: "own" });
}

/** Whether the viewer works in the newsroom at all. */
export function usesNewsroom(viewer: Viewer): boolean {
  return viewer.role === "ADMIN" || (viewer.committeeId !== null && can(viewer, "read", { type: "article", committeeId: viewer.committeeId, relation: "own" }));
}

export type NewsroomListItem = {
  id: string;
  title: string;
  status: ArticleStatus;
  publishedAt: Date | null;
  updatedAt: Date;
  committeeName: string;
  authorName: string | null;
  slug: string;
  /** Published with a time still to come. */
  scheduled: boolean;
};

export type NewsroomFilter = { status: ArticleStatus | null; q: string; page: number };

/** The articles the viewer reads in the newsroom (their committee's; every one for admins), newest change first, with counts per status. */
export async function listNewsroomArticles(viewer: Viewer, filter: NewsroomFilter) {
  if (!usesNewsroom(viewer)) return { items: [], total: 0, counts: {} as Partial<Record<ArticleStatus, number>> };
  const scope: Prisma.ArticleWhereInput = viewer.role === "ADMIN" ? {} : { committeeId: viewer.committeeId ?? "" };
  const search: Prisma.ArticleWhereInput = filter.q ? { title: { contains: filter.q, mode: "insensitive" } } : {};
  const where = { ...scope, ...search, ...(filter.status ? { status: filter.status } : {}) };
  const db = getDb();
  const [rows, total, grouped] = await Promise.all([
    db.article.findMany({
      where,
      select: { id: true, title: true, status: true, publishedAt: true, updatedAt: true, slug: true, committee: { select: { name: true } }, author: { select: { name: true } } },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * NEWSROOM_PAGE_SIZE,
      take: NEWSROOM_PAGE_SIZE,
    }),
    db.article.count({ where }),
    db.article.groupBy({ by: ["status"], where: { ...scope, ...search }, _count: { _all: true } }),
  ]);
  const counts: Partial<Record<ArticleStatus, number>> = {};
  for (const group of grouped) counts[group.status] = group._count._all;
  const now = Date.now();
  return {
    items: rows.map((row): NewsroomListItem => ({
      id: row.id,
      title: row.title,
      status: row.status,
      publishedAt: row.publishedAt,
      updatedAt: row.updatedAt,
      slug: row.slug,
      committeeName: row.committee.name,
      authorName: row.author?.name ?? null,
      scheduled: row.status === "PUBLISHED" && row.publishedAt !== null && row.publishedAt.getTime() > now,
    })),
    total,
    counts,
  };
}

/** The articles waiting for review that the viewer may publish (the workspace to-do list). */
export async function countArticlesInReview(viewer: Viewer): Promise<number> {
  if (!usesNewsroom(viewer)) return 0;
  if (viewer.role === "ADMIN") return getDb().article.count({ where: { status: "IN_REVIEW" } });
  const committee = await getDb().committee.findUnique({ where: { id: viewer.committeeId ?? "" }, select: { id: true, editorsPublish: true } });
  if (!committee || !can(viewer, "publish", { type: "article", committeeId: committee.id, relation: "own", editorsPublish: committee.editorsPublish })) return 0;
  return getDb().article.count({ where: { status: "IN_REVIEW", committeeId: committee.id } });
}

async function readableArticle(tx: Tx, viewer: Viewer, id: string) {
  if (!isRecordId(id)) throw new NotFoundError("article");
  const row = await tx.article.findUnique({ where: { id }, select: articleRow });
  if (!row) throw new NotFoundError("article");
  const resource = await articleResource(tx, viewer, row);
  // The newsroom shows drafts: reading a published article publicly is not enough here.
  if (!can(viewer, "read", { ...resource, published: false })) throw new NotFoundError("article");
  return { row, resource };
}

/** One article in the newsroom with its revisions, links and what the viewer may do; 404 outside the viewer's reach. */
export async function getNewsroomArticle(viewer: Viewer, id: string) {
  const db = getDb();
  const { row, resource } = await readableArticle(db, viewer, id);
  const [revisions, formerSlugs, conference, campaign, history] = await Promise.all([
    db.articleRevision.findMany({
      where: { articleId: id },
      select: { version: true, title: true, savedAt: true, savedBy: { select: { name: true } } },
      orderBy: { version: "desc" },
      take: 50,
    }),
    db.articleFormerSlug.findMany({ where: { articleId: id }, select: { slug: true }, orderBy: { createdAt: "desc" } }),
    row.conferenceId ? db.conference.findFirst({ where: { id: row.conferenceId, deletedAt: null }, select: { id: true, title: true } }) : null,
    row.campaignId ? db.campaign.findFirst({ where: { id: row.campaignId, deletedAt: null }, select: { id: true, name: true } }) : null,
    db.auditEvent.findMany({
      where: { entity: "article", entityId: id, action: { in: ["submit", "return", "publish", "withdraw"] } },
      select: { id: true, action: true, at: true, actorEmail: true, after: true, actor: { select: { name: true } } },
      orderBy: { at: "desc" },
      take: 20,
    }),
  ]);
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    body: row.body,
    byline: row.byline,
    status: row.status,
    publishedAt: row.publishedAt,
    committeeId: row.committeeId,
    committeeName: row.committee.name,
    conferenceId: row.conferenceId,
    campaignId: row.campaignId,
    conference,
    campaign,
    coverImageId: row.coverImageId,
    topicIds: row.topics.map((t) => t.topicId),
    version: row.version,
    updatedAt: row.updatedAt,
    revisions: revisions.map((r) => ({ version: r.version, title: r.title, savedAt: r.savedAt, savedBy: r.savedBy?.name ?? null })),
    formerSlugs: formerSlugs.map((s) => s.slug),
    steps: history.map((event) => ({
      id: String(event.id),
      action: event.action,
      at: event.at,
      actor: event.actor?.name ?? event.actorEmail,
      reason: typeof event.after === "object" && event.after && "reason" in event.after ? String((event.after as { reason: unknown }).reason) : null,
    })),
    scheduled: row.status === "PUBLISHED" && row.publishedAt !== null && row.publishedAt.getTime() > Date.now(),
    ...capabilities(viewer, resource, row.status),
  };
}

export type NewsroomArticle = Awaited<ReturnType<typeof getNewsroomArticle>>;

/** One revision's text, for reading and restoring; 404 when the viewer cannot read the article. */
export async function getArticleRevision(viewer: Viewer, id: string, version: number) {
  const db = getDb();
  await readableArticle(db, viewer, id);
  const revision = await db.articleRevision.findUnique({
    where: { articleId_version: { articleId: id, version } },
    select: { version: true, title: true, summary: true, body: true, byline: true, savedAt: true, savedBy: { select: { name: true } } },
  });
  if (!revision) throw new NotFoundError("article");
  return { ...revision, savedBy: revision.savedBy?.name ?? null };
}

// ───────────────────────────── Images ─────────────────────────────

/**
 * The bytes of an article image. Anyone reads those of a published article
 * (from its publication time); the newsroom reads its drafts' images.
 */
export async function readArticleImage(viewer: Viewer | null, imageId: string, variant: "full" | "thumbnail"): Promise<(PhotoBytes & { live: boolean }) | null> {
  if (!isRecordId(imageId)) return null;
  const db = getDb();
  const image = await db.articleImage.findUnique({
    where: { id: imageId },
    select: {
      article: { select: { status: true, publishedAt: true, committeeId: true, committee: { select: { editorsPublish: true } } } },
      file: { select: { contentType: true, sha256: true, data: variant === "full", thumbnail: variant === "thumbnail" } },
    },
  });
  if (!image) return null;
  const { article } = image;
  const live = article.status === "PUBLISHED" && article.publishedAt !== null && article.publishedAt.getTime() <= Date.now();
  if (!live) {
    if (!viewer) return null;
    const resource = await articleResource(db, viewer, article);
    if (!can(viewer, "read", { ...resource, published: false })) return null;
  }
  const bytes = variant === "full" ? image.file.data : (image.file.thumbnail ?? image.file.data);
  if (!bytes) return null;
  // A thumbnail's hash is its own bytes' (the stored one is the full image's).
  const sha256 = variant === "full" ? image.file.sha256 : createHash("sha256").update(bytes).digest("hex");
  return { contentType: image.file.contentType, bytes, sha256, live };
}

/** Adds an image to an article the viewer may edit (for its body); returns the image's id. */
export async function addArticleImage(viewer: Viewer, articleId: string, file: CheckedFile): Promise<string> {
  return getDb().$transaction(async (tx) => {
    const { row, resource } = await readableArticle(tx, viewer, articleId);
    if (!capabilities(viewer, resource, row.status).canEdit) throw new RuleViolation("validation.articleNotEditable");
    const fileId = await storeFile(tx, viewer, file);
    const image = await tx.articleImage.create({ data: { articleId, fileId }, select: { id: true } });
    await audit(tx, viewer, { action: "update", entity: "article", entityId: articleId, committeeId: row.committeeId, after: { imageAdded: image.id } });
    return image.id;
  });
}

// ───────────────────────────── Writes ─────────────────────────────

async function requireWritingCommittee(tx: Tx, viewer: Viewer, committeeId: string, action: Action) {
  const committee = await tx.committee.findUnique({ where: { id: committeeId }, select: { validTo: true } });
  const today = vietnamToday();
  const alive = committee && (committee.validTo === null || committee.validTo.getTime() >= today.getTime());
  if (!alive || !can(viewer, action, await resourceOf(tx, viewer, "article", committeeId))) throw new RuleViolation("validation.committee", "committeeId");
}

/** The linked conference and campaign must be records the viewer reads. */
async function requireLinks(tx: Tx, viewer: Viewer, input: Pick<CreateArticleInput, "conferenceId" | "campaignId" | "topicIds">) {
  if (input.conferenceId) {
    const [conference] = await tx.$queryRaw<{ id: string }[]>`
      select c.id from conferences c where c.id = ${input.conferenceId} and c.deleted_at is null and ${conferenceReadScope(viewer, "c")}`;
    if (!conference) throw new RuleViolation("validation.articleConference", "conferenceId");
  }
  if (input.campaignId) {
    const [campaign] = await tx.$queryRaw<{ id: string }[]>`
      select k.id from campaigns k where k.id = ${input.campaignId} and k.deleted_at is null and ${campaignReadScope(viewer, "k")}`;
    if (!campaign) throw new RuleViolation("validation.articleCampaign", "campaignId");
  }
  if (input.topicIds.length > 0) {
    const known = await tx.topic.count({ where: { id: { in: input.topicIds } } });
    if (known !== input.topicIds.length) throw new RuleViolation("validation.articleTopics", "topicIds");
  }
}

/** A slug no other article uses now or used before; made from the title when none is given. */
async function freeSlug(tx: Tx, wanted: string | null, title: string, articleId: string | null): Promise<string> {
  const base = wanted ?? slugOf(title, "tin");
  const others = { not: articleId ?? "" };
  const [current, former] = await Promise.all([
    tx.article.findMany({ where: { slug: { startsWith: base }, id: others }, select: { slug: true } }),
    tx.articleFormerSlug.findMany({ where: { slug: { startsWith: base }, articleId: others }, select: { slug: true } }),
  ]);
  const taken = new Set([...current, ...former].map((s) => s.slug));
  if (wanted !== null) {
    if (taken.has(wanted)) throw new RuleViolation("validation.articleSlugTaken", "slug");
    return wanted;
  }
  return firstFreeSlug(base, taken);
}

async function saveCover(tx: Tx, viewer: Viewer, articleId: string, cover: CheckedFile | null, remove: boolean, current: string | null): Promise<string | null> {
  if (cover) {
    const fileId = await storeFile(tx, viewer, cover);
    const image = await tx.articleImage.create({ data: { articleId, fileId }, select: { id: true } });
    return image.id;
  }
  return remove ? null : current;
}

/** Images the body no longer shows and that are not the cover go, with their bytes. */
async function dropUnusedImages(tx: Tx, articleId: string, body: string, coverImageId: string | null) {
  const keep = new Set(articleImageIds(body));
  if (coverImageId) keep.add(coverImageId);
  const unused = await tx.articleImage.findMany({ where: { articleId, id: { notIn: [...keep] } }, select: { id: true, fileId: true } });
  if (unused.length === 0) return;
  await tx.articleImage.deleteMany({ where: { id: { in: unused.map((i) => i.id) } } });
  await tx.storedFile.deleteMany({ where: { id: { in: unused.map((i) => i.fileId) } } });
}

async function keepRevision(tx: Tx, viewer: Viewer, articleId: string, version: number, text: { title: string; summary: string; body: string; byline: string | null }) {
  const { title, summary, body, byline } = text;
  await tx.articleRevision.create({ data: { articleId, version, title, summary, body, byline, savedById: viewer.id } });
}

/** Body images must be this article's own. */
async function requireOwnImages(tx: Tx, articleId: string | null, body: string) {
  const ids = articleImageIds(body);
  if (ids.length === 0) return;
  const own = articleId ? await tx.articleImage.count({ where: { articleId, id: { in: ids } } }) : 0;
  if (own !== ids.length) throw new RuleViolation("validation.articleImages", "body");
}

export async function createArticle(viewer: Viewer, input: CreateArticleInput, cover: CheckedFile | null = null): Promise<{ id: string }> {
  return getDb().$transaction(async (tx) => {
    await requireWritingCommittee(tx, viewer, input.committeeId, "create");
    await requireLinks(tx, viewer, input);
    await requireOwnImages(tx, null, input.body);
    const slug = await freeSlug(tx, input.slug, input.title, null);
    const article = await tx.article.create({
      data: {
        slug,
        title: input.title,
        summary: input.summary,
        body: input.body,
        byline: input.byline,
        committeeId: input.committeeId,
        conferenceId: input.conferenceId,
        campaignId: input.campaignId,
        authorId: viewer.id,
        updatedById: viewer.id,
        topics: { create: input.topicIds.map((topicId) => ({ topicId })) },
      },
      select: { id: true },
    });
    const coverImageId = await saveCover(tx, viewer, article.id, cover, false, null);
    if (coverImageId) await tx.article.update({ where: { id: article.id }, data: { coverImageId } });
    await keepRevision(tx, viewer, article.id, 1, input);
    await audit(tx, viewer, {
      action: "create",
      entity: "article",
      entityId: article.id,
      committeeId: input.committeeId,
      after: { slug, title: input.title, summary: input.summary, byline: input.byline, topicIds: input.topicIds, conferenceId: input.conferenceId, campaignId: input.campaignId },
    });
    return article;
  });
}

/** The article as the form saw it, if the viewer may change it: 404 when not readable, a refusal when not editable, stale when its version moved on. */
async function articleToChange(tx: Tx, viewer: Viewer, id: string, version: number) {
  const { row, resource } = await readableArticle(tx, viewer, id);
  if (row.version !== version) {
    const by = await tx.article.findUnique({ where: { id }, select: { updatedAt: true, updatedBy: { select: { name: true } } } });
    throw new StaleRecordError(by?.updatedBy ? { name: by.updatedBy.name, at: by.updatedAt } : null);
  }
  return { row, resource, may: capabilities(viewer, resource, row.status) };
}

/** Moves the version on, or refuses a save that lost the race. */
async function bumpVersion(tx: Tx, viewer: Viewer, id: string, version: number, data: Prisma.ArticleUncheckedUpdateManyInput) {
  const { count } = await tx.article.updateMany({ where: { id, version }, data: { ...data, updatedById: viewer.id, version: { increment: 1 } } });
  if (count === 0) throw new StaleRecordError();
}

export async function updateArticle(viewer: Viewer, id: string, input: UpdateArticleInput, cover: CheckedFile | null = null): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const { row, may } = await articleToChange(tx, viewer, id, input.version);
    if (!may.canEdit) throw new RuleViolation(row.status === "PUBLISHED" ? "validation.articlePublishedLocked" : "validation.articleNotEditable");
    if (input.committeeId !== row.committeeId) await requireWritingCommittee(tx, viewer, input.committeeId, "update");
    await requireLinks(tx, viewer, input);
    await requireOwnImages(tx, id, input.body);
    const slug = input.slug === null ? row.slug : await freeSlug(tx, input.slug, input.title, id);
    if (slug !== row.slug) {
      // Once readers had the old link, it keeps leading here.
      if (row.publishedAt) await tx.articleFormerSlug.upsert({ where: { slug: row.slug }, create: { slug: row.slug, articleId: id }, update: {} });
      await tx.articleFormerSlug.deleteMany({ where: { slug, articleId: id } });
    }
    const coverImageId = await saveCover(tx, viewer, id, cover, input.removeCover, row.coverImageId);
    const fields = {
      slug,
      title: input.title,
      summary: input.summary,
      body: input.body,
      byline: input.byline,
      committeeId: input.committeeId,
      conferenceId: input.conferenceId,
      campaignId: input.campaignId,
      coverImageId,
    };
    await bumpVersion(tx, viewer, id, input.version, fields);
    await tx.articleTopic.deleteMany({ where: { articleId: id } });
    if (input.topicIds.length > 0) await tx.articleTopic.createMany({ data: input.topicIds.map((topicId) => ({ articleId: id, topicId })) });
    await dropUnusedImages(tx, id, input.body, coverImageId);
    await keepRevision(tx, viewer, id, input.version + 1, input);
    const before = { ...row, topicIds: row.topics.map((t) => t.topicId).sort() };
    await audit(tx, viewer, {
      action: "update",
      entity: "article",
      entityId: id,
      committeeId: input.committeeId,
      ...changedFields(before, { ...fields, topicIds: [...input.topicIds].sort() }),
    });
  });
}

/** Draft → in review: the writer hands the article to those who publish. */
export async function submitArticle(viewer: Viewer, id: string, version: number): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const { row, may } = await articleToChange(tx, viewer, id, version);
    if (!may.canSubmit) throw new RuleViolation("validation.articleStep");
    await bumpVersion(tx, viewer, id, version, { status: "IN_REVIEW" });
    await audit(tx, viewer, { action: "submit", entity: "article", entityId: id, committeeId: row.committeeId, before: { status: row.status }, after: { status: "IN_REVIEW" } });
  });
}

/** In review → draft, with the reason the writer reads on the article's page. */
export async function returnArticle(viewer: Viewer, id: string, version: number, reason: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const { row, may } = await articleToChange(tx, viewer, id, version);
    if (!may.canReturn) throw new RuleViolation("validation.articleStep");
    await bumpVersion(tx, viewer, id, version, { status: "DRAFT" });
    await audit(tx, viewer, { action: "return", entity: "article", entityId: id, committeeId: row.committeeId, before: { status: row.status }, after: { status: "DRAFT", reason } });
  });
}

/** Publishes now, or at a later time (scheduled: public from then on). */
export async function publishArticle(viewer: Viewer, id: string, version: number, at: Date): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const { row, may } = await articleToChange(tx, viewer, id, version);
    if (!may.canPublish) throw new RuleViolation("validation.articlePublishNotAllowed");
    await bumpVersion(tx, viewer, id, version, { status: "PUBLISHED", publishedAt: at, publishedById: viewer.id });
    await audit(tx, viewer, {
      action: "publish",
      entity: "article",
      entityId: id,
      committeeId: row.committeeId,
      before: { status: row.status, publishedAt: row.publishedAt },
      after: { status: "PUBLISHED", publishedAt: at },
    });
  });
}

/** Published → withdrawn (archived): off the public pages, kept in the newsroom. */
export async function withdrawArticle(viewer: Viewer, id: string, version: number): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const { row, may } = await articleToChange(tx, viewer, id, version);
    if (!may.canWithdraw) throw new RuleViolation("validation.articleStep");
    await bumpVersion(tx, viewer, id, version, { status: "ARCHIVED" });
    await audit(tx, viewer, { action: "withdraw", entity: "article", entityId: id, committeeId: row.committeeId, before: { status: row.status }, after: { status: "ARCHIVED" } });
  });
}

/** Brings back an earlier revision's text as a new revision (links, topics and cover stay). */
export async function restoreArticleRevision(viewer: Viewer, id: string, version: number, revision: number): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const { row, may } = await articleToChange(tx, viewer, id, version);
    if (!may.canEdit) throw new RuleViolation(row.status === "PUBLISHED" ? "validation.articlePublishedLocked" : "validation.articleNotEditable");
    const old = await tx.articleRevision.findUnique({
      where: { articleId_version: { articleId: id, version: revision } },
      select: { title: true, summary: true, body: true, byline: true },
    });
    if (!old) throw new NotFoundError("article");
    // Images the old text showed may be gone: those figures are dropped rather than left broken.
    const existing = new Set((await tx.articleImage.findMany({ where: { articleId: id }, select: { id: true } })).map((i) => i.id));
    const body = old.body.replace(/<figure>(?:(?!<\/figure>).)*?src="\/anh-tin\/([a-z0-9]+)"(?:(?!<\/figure>).)*<\/figure>/gs, (figure, imageId: string) => (existing.has(imageId) ? figure : ""));
    const text = { ...old, body };
    await bumpVersion(tx, viewer, id, version, text);
    await keepRevision(tx, viewer, id, version + 1, text);
    await audit(tx, viewer, { action: "restore", entity: "article", entityId: id, committeeId: row.committeeId, after: { fromRevision: revision, version: version + 1 } });
  });
}

/** Deletes an article that is not on the public pages, with its revisions and images. */
export async function deleteArticle(viewer: Viewer, id: string, version: number): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const { row, may } = await articleToChange(tx, viewer, id, version);
    if (!may.canDelete) throw new RuleViolation(row.status === "PUBLISHED" ? "validation.articleDeletePublished" : "validation.articleNotEditable");
    const images = await tx.articleImage.findMany({ where: { articleId: id }, select: { fileId: true } });
    await tx.article.update({ where: { id }, data: { coverImageId: null } });
    await tx.article.delete({ where: { id } });
    await tx.storedFile.deleteMany({ where: { id: { in: images.map((i) => i.fileId) } } });
    await audit(tx, viewer, {
      action: "delete",
      entity: "article",
      entityId: id,
      committeeId: row.committeeId,
      before: { slug: row.slug, title: row.title, summary: row.summary, body: row.body, byline: row.byline, status: row.status },
    });
  });
}
