// Readers' comments through their server actions on real PostgreSQL: a valid
// comment is stored waiting (PENDING), under a hashed client key, and is not
// shown; the honeypot, a post too fast, a bad token, a too long comment and an
// empty name are refused at their field or above the form, with nothing
// written; the 4th comment within 10 minutes from one client is refused, as
// are the day's 21st and a flood on one article; an editor of the article's
// committee approves (then it shows), rejects with a reason or deletes, each
// audited with their name; another province's editor and staff are refused;
// a stale step is refused.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/policy";
import { emptyFormState, type FormState } from "@/lib/actions/form-state";
import { approveCommentAction, deleteCommentAction, postCommentAction, rejectCommentAction } from "@/lib/actions/comments";
import { clientKeyOf, issueFormToken } from "@/lib/comments/form-token";
import { commentSecret } from "@/lib/comments/secret";
import { countCommentsAwaitingModeration, listApprovedComments, listCommentsForModeration } from "@/lib/data/comments";
import { viTranslator as t } from "@/lib/i18n/vietnamese";
import { form, makeTree, outcome, testDb, type Outcome, type Tree, type Users } from "./support/fixtures";
import { session } from "./support/next-mocks";

// The address the request comes from (X-Forwarded-For, as the load balancer appends it).
const request = vi.hoisted(() => ({ ip: "203.0.113.1" }));

vi.mock("@/lib/auth/viewer", async () => (await import("./support/next-mocks")).viewerModule);
vi.mock("next-intl/server", async () => (await import("./support/next-mocks")).i18nModule);
vi.mock("next/cache", async () => (await import("./support/next-mocks")).cacheModule);
vi.mock("next/headers", async () => ({
  ...(await import("./support/next-mocks")).headersModule,
  headers: async () => new Headers({ "x-forwarded-for": request.ip }),
}));

// Comment forms are signed with a key derived from the servers' NEXTAUTH_SECRET.
process.env.NEXTAUTH_SECRET ??= "integration-secret-integration-secret-0123";

const db = testDb();
let tree: Tree;
let users: Users;
let tag: string;
let otherEditor: Viewer;
let articleId: string;
let articleSlug: string;
let ipCounter = 10;

const as = (viewer: Viewer | null) => {
  session.viewer = viewer;
};
/** A client of its own, so the limits of one test do not reach the next. */
const newClient = () => {
  request.ip = `198.51.100.${ipCounter++}`;
  return request.ip;
};
/** A token as the page rendered it `ageMs` ago. */
const tokenFor = (id: string, ageMs = 5_000) => issueFormToken(commentSecret(), id, Date.now() - ageMs);

const valid = (overrides: Record<string, string> = {}): Record<string, string> => ({
  authorName: "Nguyễn Văn Dân",
  body: `Cảm ơn Ban Dân vận đã quan tâm bà con ${tag}.`,
  website: "",
  formToken: tokenFor(articleId),
  ...overrides,
});

function stateOf(result: Outcome<FormState>): FormState {
  if (result.kind !== "state") throw new Error(`expected a form state, got ${JSON.stringify(result)}`);
  return result.state;
}

async function post(values: Record<string, string>, id = articleId): Promise<FormState> {
  return stateOf(await outcome(() => postCommentAction(id, emptyFormState, form(values))));
}

/** Posts a valid comment from a fresh client and returns its row. */
async function posted(body = `Ý kiến ${tag} ${Math.random()}`) {
  newClient();
  const state = await post(valid({ body }));
  expect(state.shownOnce?.notice).toBe(t("comments.form.pending"));
  return db.articleComment.findFirstOrThrow({ where: { body }, select: { id: true, version: true, status: true } });
}

async function publishedArticle(committeeId: string, key: string) {
  return db.article.create({
    data: { slug: `binh-luan-${key}-${tag}`, title: `Tin để bình luận ${key} ${tag}`, summary: "Tóm tắt", body: "<p>Nội dung</p>", committeeId, status: "PUBLISHED", publishedAt: new Date(Date.now() - 60_000) },
    select: { id: true, slug: true },
  });
}

const commentCount = () => db.articleComment.count();

beforeAll(async () => {
  ({ tree, users, tag } = await makeTree(db));
  const created = await db.user.create({ data: { email: `editor-x-${tag}@test.vn`, name: `editor x ${tag}`, role: "EDITOR", committeeId: tree.X, passwordHash: "x" }, select: { id: true } });
  otherEditor = { id: created.id, email: `editor-x-${tag}@test.vn`, name: `editor x ${tag}`, role: "EDITOR", committeeId: tree.X };
  ({ id: articleId, slug: articleSlug } = await publishedArticle(tree.P, "p"));
});
beforeEach(() => {
  as(null);
  newClient();
});
afterAll(() => db.$disconnect());

describe("posting", () => {
  it("stores a valid comment as waiting, under a hashed client key, shows it nowhere yet and audits it without the address", async () => {
    const ip = newClient();
    const before = await commentCount();
    const state = await post(valid({ authorName: "  Trần   Thị Bình ", body: " Rất thiết thực!\r\nMong có thêm nhiều mô hình như vậy. " }));
    expect(state).toEqual({ fieldErrors: {}, formError: null, values: {}, shownOnce: { notice: "Bình luận của bạn đang chờ biên tập viên duyệt." } });
    expect(await commentCount()).toBe(before + 1);
    const row = await db.articleComment.findFirstOrThrow({ where: { articleId }, orderBy: { createdAt: "desc" } });
    expect(row).toMatchObject({ authorName: "Trần Thị Bình", body: "Rất thiết thực!\nMong có thêm nhiều mô hình như vậy.", status: "PENDING", moderatedAt: null, version: 1 });
    expect(row.clientKey).toBe(clientKeyOf(commentSecret(), ip));
    expect(row.clientKey).not.toContain(ip);
    expect(await listApprovedComments(articleId)).toEqual({ items: [], total: 0 });
    const event = await db.auditEvent.findFirstOrThrow({ where: { entity: "comment", entityId: row.id } });
    expect(event).toMatchObject({ action: "create", actorId: null, actorEmail: null, ip: null, committeeId: tree.P });
    expect(JSON.stringify(event.after)).not.toContain(ip);
  });

  const refusals: [string, () => Record<string, string>, Partial<FormState>][] = [
    ["a filled honeypot", () => valid({ website: "http://spam.example" }), { formError: t("comments.errors.bot") }],
    ["a post within 3 seconds of the page", () => valid({ formToken: tokenFor(articleId, 500) }), { formError: t("comments.errors.tooFast") }],
    ["a form open for more than a few hours", () => valid({ formToken: tokenFor(articleId, 5 * 60 * 60_000) }), { formError: t("comments.errors.expired") }],
    ["a forged token", () => valid({ formToken: `${Date.now().toString(36)}.${"A".repeat(43)}` }), { formError: t("comments.errors.expired") }],
    ["another article's token", () => valid({ formToken: tokenFor("another-article") }), { formError: t("comments.errors.expired") }],
    ["no token at all", () => ({ authorName: "An", body: "Ý kiến" }), { formError: t("comments.errors.expired") }],
    ["a comment too long", () => valid({ body: "x".repeat(2001) }), { fieldErrors: { body: t("comments.errors.bodyTooLong", { max: 2000 }) } }],
    ["an empty name", () => valid({ authorName: "   " }), { fieldErrors: { authorName: t("comments.errors.nameRequired") } }],
    ["an empty comment and a name too long", () => valid({ authorName: "A".repeat(81), body: "\n \n" }), {
      fieldErrors: { authorName: t("comments.errors.nameTooLong", { max: 80 }), body: t("comments.errors.bodyRequired") },
    }],
  ];
  for (const [what, values, expected] of refusals) {
    it(`refuses ${what} with a clear message, keeps what was typed and writes nothing`, async () => {
      const before = await commentCount();
      const sent = values();
      const state = await post(sent);
      expect(state).toMatchObject(expected);
      if (expected.fieldErrors) expect(state.formError).toBe(t("common.formHasErrors"));
      else expect(state.fieldErrors).toEqual({});
      expect(state.values.body).toBe(sent.body);
      expect(state.shownOnce).toBeUndefined();
      expect(await commentCount()).toBe(before);
    });
  }

  it("refuses comments on an article that is not published (yet, or any more)", async () => {
    const draft = await db.article.create({ data: { slug: `nhap-${tag}`, title: "Nháp", summary: "x", body: "<p>x</p>", committeeId: tree.P }, select: { id: true } });
    const before = await commentCount();
    expect((await post(valid({ formToken: tokenFor(draft.id) }), draft.id)).formError).toBe(t("comments.errors.closed"));
    expect(await outcome(() => postCommentAction("no such id!", emptyFormState, form(valid())))).toEqual({ kind: "notFound" });
    expect(await commentCount()).toBe(before);
  });

  it("refuses the 4th comment within 10 minutes from one client; another client still posts", async () => {
    const ip = newClient();
    for (let n = 1; n <= 3; n++) expect((await post(valid({ body: `Lần ${n} ${tag}` }))).shownOnce?.notice).toBe(t("comments.form.pending"));
    const before = await commentCount();
    const fourth = await post(valid({ body: `Lần 4 ${tag}` }));
    expect(fourth.formError).toBe(t("comments.errors.tooMany"));
    expect(fourth.values.body).toBe(`Lần 4 ${tag}`);
    expect(await commentCount()).toBe(before);
    // Comments of that client earlier than the window no longer count.
    await db.articleComment.updateMany({ where: { clientKey: clientKeyOf(commentSecret(), ip) }, data: { createdAt: new Date(Date.now() - 11 * 60_000) } });
    expect((await post(valid())).shownOnce).toBeDefined();
    newClient();
    expect((await post(valid())).shownOnce).toBeDefined();
  });

  it("refuses a client's 21st comment within a day", async () => {
    const ip = newClient();
    const clientKey = clientKeyOf(commentSecret(), ip);
    const earlier = new Date(Date.now() - 3 * 60 * 60_000);
    await db.articleComment.createMany({ data: Array.from({ length: 20 }, (_, n) => ({ articleId, authorName: "Bot", body: `Cũ ${n}`, clientKey, createdAt: earlier })) });
    expect((await post(valid())).formError).toBe(t("comments.errors.tooManyToday"));
  });

  it("refuses a flood of comments on one article, whoever sends them", async () => {
    const busy = await publishedArticle(tree.P, "busy");
    await db.articleComment.createMany({ data: Array.from({ length: 30 }, (_, n) => ({ articleId: busy.id, authorName: "Nhiều người", body: `Ý kiến ${n}` })) });
    expect((await post(valid({ formToken: tokenFor(busy.id) }), busy.id)).formError).toBe(t("comments.errors.articleBusy"));
  });

  it("forgets client keys after a day, and the table never holds an address", async () => {
    const old = await db.articleComment.create({
      data: { articleId, authorName: "Cũ", body: "Bình luận cũ", clientKey: clientKeyOf(commentSecret(), "192.0.2.1"), createdAt: new Date(Date.now() - 25 * 60 * 60_000) },
      select: { id: true },
    });
    await posted();
    expect((await db.articleComment.findUniqueOrThrow({ where: { id: old.id }, select: { clientKey: true } })).clientKey).toBeNull();
    await expect(db.$executeRaw`insert into article_comments (id, article_id, author_name, body, client_key) values ('raw-ip', ${articleId}, 'A', 'B', '192.0.2.1')`).rejects.toThrow(/article_comments_client_key_shape/);
  });
});

describe("moderation", () => {
  it("lists the waiting comments and counts them on the to-do list of the committee's editor, not another province's", async () => {
    const { id } = await posted();
    const first = await listCommentsForModeration(users.editor, { status: "PENDING", page: 1 });
    expect(first.items).toHaveLength(20);
    // Waiting comments queue oldest first: the newest is on the last page.
    const list = await listCommentsForModeration(users.editor, { status: "PENDING", page: Math.ceil(first.total / 20) });
    expect(list.items.at(-1)?.id).toBe(id);
    expect(list.items.find((c) => c.id === id)?.article).toMatchObject({ id: articleId, slug: articleSlug, live: true });
    expect(list.counts.PENDING).toBe(await db.articleComment.count({ where: { status: "PENDING", article: { committeeId: tree.P } } }));
    expect(await countCommentsAwaitingModeration(users.editor)).toBe(list.counts.PENDING);
    expect(await countCommentsAwaitingModeration(users.leader)).toBe(list.counts.PENDING);
    expect(await countCommentsAwaitingModeration(otherEditor)).toBe(0);
    expect(await countCommentsAwaitingModeration(users.staff)).toBe(0);
    // Staff, of the committee or below, moderate nothing.
    expect(await countCommentsAwaitingModeration(users.childStaff)).toBe(0);
    expect((await listCommentsForModeration(otherEditor, { status: "PENDING", page: 1 })).items.map((c) => c.id)).not.toContain(id);
  });

  it("lets the committee's editor approve: the comment shows on the article's page; audited with the editor's name", async () => {
    const { id, version } = await posted(`Được duyệt ${tag}`);
    as(users.editor);
    expect(await outcome(() => approveCommentAction(id, emptyFormState, form({ version, trang_thai: "cho-duyet" })))).toEqual({
      kind: "redirect",
      to: "/bien-tap/binh-luan?trang_thai=cho-duyet&approved=1",
    });
    const row = await db.articleComment.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "APPROVED", moderatedById: users.editor.id, version: version + 1 });
    expect(row.moderatedAt).toBeInstanceOf(Date);
    const shown = await listApprovedComments(articleId);
    expect(shown.items.find((c) => c.id === id)).toMatchObject({ authorName: "Nguyễn Văn Dân", body: `Được duyệt ${tag}` });
    const event = await db.auditEvent.findFirstOrThrow({ where: { entity: "comment", entityId: id, action: "approve" } });
    expect(event).toMatchObject({ actorId: users.editor.id, actorEmail: users.editor.email, committeeId: tree.P, before: { status: "PENDING" } });
    expect(event.after).toMatchObject({ status: "APPROVED", articleId, by: users.editor.name });
  });

  it("refuses a stale step, naming who moderated first", async () => {
    const { id, version } = await posted();
    as(users.leader);
    await outcome(() => approveCommentAction(id, emptyFormState, form({ version })));
    as(users.editor);
    const stale = stateOf(await outcome(() => rejectCommentAction(id, emptyFormState, form({ version, reason: "Lạc đề" }))));
    expect(stale.formError?.startsWith(`${users.leader.name} đã sửa bản ghi này lúc `)).toBe(true);
    expect(stateOf(await outcome(() => deleteCommentAction(id, emptyFormState, form({ version })))).formError).toContain(users.leader.name);
    expect(await db.articleComment.findUniqueOrThrow({ where: { id }, select: { status: true, version: true } })).toEqual({ status: "APPROVED", version: version + 1 });
    expect(await db.auditEvent.count({ where: { entity: "comment", entityId: id, action: { in: ["reject", "delete"] } } })).toBe(0);
  });

  it("refuses another province's editor and the committee's staff as if the comment did not exist; nothing changes", async () => {
    const { id, version } = await posted();
    for (const viewer of [otherEditor, users.staff, users.childStaff]) {
      as(viewer);
      expect(await outcome(() => approveCommentAction(id, emptyFormState, form({ version })))).toEqual({ kind: "notFound" });
      expect(await outcome(() => rejectCommentAction(id, emptyFormState, form({ version })))).toEqual({ kind: "notFound" });
      expect(await outcome(() => deleteCommentAction(id, emptyFormState, form({ version })))).toEqual({ kind: "notFound" });
    }
    expect(await db.articleComment.findUniqueOrThrow({ where: { id }, select: { status: true, version: true } })).toEqual({ status: "PENDING", version });
    as(null);
    expect(await outcome(() => approveCommentAction(id, emptyFormState, form({ version })))).toMatchObject({ kind: "redirect", to: "/dang-nhap" });
  });

  it("rejects with an optional reason (kept off the page) and deletes for good, each audited", async () => {
    const { id, version } = await posted(`Bị từ chối ${tag}`);
    as(users.leader);
    expect(await outcome(() => rejectCommentAction(id, emptyFormState, form({ version, reason: "  Có thông tin cá nhân  ", trang_thai: "tu-choi" })))).toEqual({
      kind: "redirect",
      to: "/bien-tap/binh-luan?trang_thai=tu-choi&rejected=1",
    });
    expect(await db.articleComment.findUniqueOrThrow({ where: { id }, select: { status: true, rejectReason: true } })).toEqual({ status: "REJECTED", rejectReason: "Có thông tin cá nhân" });
    expect((await listApprovedComments(articleId)).items.map((c) => c.id)).not.toContain(id);
    const rejected = await listCommentsForModeration(users.editor, { status: "REJECTED", page: 1 });
    expect(rejected.items.find((c) => c.id === id)).toMatchObject({ moderatedBy: users.leader.name, rejectReason: "Có thông tin cá nhân" });

    // Without a reason too; and a stray status in the form falls back to the waiting list.
    const second = await posted();
    as(users.editor);
    expect(await outcome(() => rejectCommentAction(second.id, emptyFormState, form({ version: second.version, reason: "", trang_thai: "x" })))).toEqual({
      kind: "redirect",
      to: "/bien-tap/binh-luan?trang_thai=cho-duyet&rejected=1",
    });

    as(users.editor);
    expect(await outcome(() => deleteCommentAction(id, emptyFormState, form({ version: version + 1 })))).toMatchObject({ kind: "redirect" });
    expect(await db.articleComment.count({ where: { id } })).toBe(0);
    const steps = await db.auditEvent.findMany({ where: { entity: "comment", entityId: id }, orderBy: { id: "asc" }, select: { action: true, actorId: true, before: true, after: true } });
    expect(steps.map((s) => [s.action, s.actorId])).toEqual([
      ["create", null],
      ["reject", users.leader.id],
      ["delete", users.editor.id],
    ]);
    expect(steps[1]!.after).toMatchObject({ by: users.leader.name, reason: "Có thông tin cá nhân" });
    expect(steps[2]!.before).toMatchObject({ body: `Bị từ chối ${tag}`, status: "REJECTED" });
    expect(steps[2]!.after).toEqual({ by: users.editor.name });
  });

  it("lets an admin moderate any committee's comments", async () => {
    const other = await publishedArticle(tree.X, "x");
    newClient();
    await post(valid({ formToken: tokenFor(other.id), body: `Tỉnh X ${tag}` }), other.id);
    const row = await db.articleComment.findFirstOrThrow({ where: { articleId: other.id }, select: { id: true, version: true } });
    expect(await countCommentsAwaitingModeration(otherEditor)).toBeGreaterThanOrEqual(1);
    as(users.admin);
    expect(await outcome(() => approveCommentAction(row.id, emptyFormState, form({ version: row.version })))).toMatchObject({ kind: "redirect" });
    expect((await listApprovedComments(other.id)).total).toBe(1);
  });
});
