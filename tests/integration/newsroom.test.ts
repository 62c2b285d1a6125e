// The newsroom through its server actions on real PostgreSQL: a draft with a
// hostile body is saved clean, an empty one is refused at its field; review,
// return with a reason, publishing by a leader (now or at a time to come) and
// by editors only where the committee lets them; a published article changes
// only in a publisher's hands, keeps its old slug working, restores an old
// revision as a new one; stale versions and other provinces are refused;
// every step is audited; images of drafts stay private.
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/policy";
import { emptyFormState, type FormState } from "@/lib/actions/form-state";
import {
  createArticleAction,
  deleteArticleAction,
  publishArticleAction,
  restoreRevisionAction,
  returnArticleAction,
  submitArticleAction,
  updateArticleAction,
  uploadArticleImageAction,
  withdrawArticleAction,
} from "@/lib/actions/newsroom";
import { currentSlugOf, getPublishedArticle } from "@/lib/data/articles";
import { getNewsroomArticle, listNewsroomArticles, readArticleImage } from "@/lib/data/newsroom";
import { viTranslator as t } from "@/lib/i18n/vietnamese";
import { form, makeTree, outcome, testDb, type Outcome, type Tree, type Users } from "./support/fixtures";
import { session } from "./support/next-mocks";

vi.mock("@/lib/auth/viewer", async () => (await import("./support/next-mocks")).viewerModule);
vi.mock("next-intl/server", async () => (await import("./support/next-mocks")).i18nModule);
vi.mock("next/cache", async () => (await import("./support/next-mocks")).cacheModule);
vi.mock("next/headers", async () => (await import("./support/next-mocks")).headersModule);

const db = testDb();
let tree: Tree;
let users: Users;
let tag: string;
let otherEditor: Viewer;

const as = (viewer: Viewer | null) => {
  session.viewer = viewer;
};

const valid = (overrides: Record<string, string | number> = {}): Record<string, string | number> => ({
  title: `Trao 19 căn nhà “Nghĩa tình Dân vận” ${tag}`,
  summary: "Ban Dân vận phối hợp trao nhà cho hộ khó khăn.",
  body: "<h2>Kết quả</h2><p>Tổng trị giá <strong>950 triệu đồng</strong>.</p>",
  byline: "Hạnh Châu",
  slug: "",
  committeeId: tree.P,
  conferenceId: "",
  campaignId: "",
  topicIds: "topic-an-sinh-xa-hoi",
  ...overrides,
});

function stateOf(result: Outcome<FormState>): FormState {
  if (result.kind !== "state") throw new Error(`expected a form state, got ${JSON.stringify(result)}`);
  return result.state;
}

/** Creates a draft as the editor and returns its id. */
async function draft(overrides: Record<string, string | number> = {}): Promise<string> {
  as(users.editor);
  const result = await outcome(() => createArticleAction(emptyFormState, form(valid(overrides))));
  if (result.kind !== "redirect") throw new Error(`expected a redirect, got ${JSON.stringify(result)}`);
  return /\/bien-tap\/([^?]+)/.exec(result.to)![1]!;
}

const versionOf = async (id: string) => (await db.article.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const steps = async (id: string) => (await db.auditEvent.findMany({ where: { entity: "article", entityId: id }, orderBy: { id: "asc" }, select: { action: true } })).map((e) => e.action);

beforeAll(async () => {
  ({ tree, users, tag } = await makeTree(db));
  const created = await db.user.create({ data: { email: `editor-x-${tag}@test.vn`, name: `editor x ${tag}`, role: "EDITOR", committeeId: tree.X, passwordHash: "x" }, select: { id: true } });
  otherEditor = { id: created.id, email: `editor-x-${tag}@test.vn`, name: `editor x ${tag}`, role: "EDITOR", committeeId: tree.X };
});
afterAll(() => db.$disconnect());

describe("writing", () => {
  it("saves a draft with a slug from its title, its topics, revision 1 and an audit entry; the body is cleaned", async () => {
    const id = await draft({ body: '<p onclick="alert(1)">Nội dung <script>alert(1)</script><a href="javascript:alert(1)">x</a></p><img src="https://tracker.example/p.gif">' });
    const article = await db.article.findUniqueOrThrow({ where: { id }, select: { slug: true, body: true, status: true, authorId: true, topics: { select: { topicId: true } } } });
    expect(article.slug).toBe(`trao-19-can-nha-nghia-tinh-dan-van-${tag}`);
    expect(article.body).toBe('<p>Nội dung <a rel="noopener noreferrer nofollow">x</a></p>');
    expect(article).toMatchObject({ status: "DRAFT", authorId: users.editor.id, topics: [{ topicId: "topic-an-sinh-xa-hoi" }] });
    expect(await db.articleRevision.count({ where: { articleId: id, version: 1 } })).toBe(1);
    expect(await steps(id)).toEqual(["create"]);
    // A second article of the same title gets the next free slug.
    const second = await draft();
    expect((await db.article.findUniqueOrThrow({ where: { id: second }, select: { slug: true } })).slug).toBe(`trao-19-can-nha-nghia-tinh-dan-van-${tag}-2`);
  });

  const refusals: [string, Record<string, string>, Record<string, string>][] = [
    ["a body with nothing left to read", { body: "<script>alert(1)</script><p> </p>" }, { body: t("validation.required") }],
    ["a missing title", { title: "  " }, { title: t("validation.required") }],
    ["a malformed slug", { slug: "Tin Mới!" }, { slug: t("validation.articleSlug") }],
    ["an unknown topic", { topicIds: "topic-khong-co" }, { topicIds: t("validation.articleTopics") }],
    ["another province's committee", { committeeId: "" }, { committeeId: t("validation.committee") }],
    ["a NUL byte in the title", { title: "Tin\u0000" }, { title: t("validation.invalid") }],
  ];
  for (const [what, overrides, errors] of refusals) {
    it(`refuses ${what} at the field, keeps what was typed and writes nothing`, async () => {
      as(users.editor);
      const before = await db.article.count();
      const values = valid(overrides.committeeId === "" ? { ...overrides, committeeId: tree.X } : overrides);
      const state = stateOf(await outcome(() => createArticleAction(emptyFormState, form(values))));
      expect(state.fieldErrors).toEqual(errors);
      expect(state.values.summary).toBe(valid().summary);
      expect(await db.article.count()).toBe(before);
    });
  }

  it("refuses a slug another article has, or had", async () => {
    const first = await draft({ slug: `tin-rieng-${tag}` });
    as(users.editor);
    const state = stateOf(await outcome(() => createArticleAction(emptyFormState, form(valid({ slug: `tin-rieng-${tag}` })))));
    expect(state.fieldErrors).toEqual({ slug: t("validation.articleSlugTaken") });
    expect(first).toBeTruthy();
  });

  it("refuses body images that are not the article's own", async () => {
    const id = await draft();
    as(users.editor);
    const state = stateOf(await outcome(() => updateArticleAction(id, emptyFormState, form(valid({ version: 1, body: '<p>x</p><figure><img src="/anh-tin/someoneelses1"></figure>' })))));
    expect(state.fieldErrors).toEqual({ body: t("validation.articleImages") });
  });
});

describe("review and publishing", () => {
  it("goes draft → in review → back with a reason → in review → published by a leader; an editor alone cannot publish", async () => {
    const id = await draft();
    as(users.editor);
    const refused = stateOf(await outcome(() => publishArticleAction(id, emptyFormState, form({ version: 1 }))));
    expect(refused.formError).toBe(t("validation.articlePublishNotAllowed"));
    expect(await outcome(() => submitArticleAction(id, emptyFormState, form({ version: 1 })))).toEqual({ kind: "redirect", to: `/bien-tap/${id}?submitted=1` });

    as(users.leader);
    expect(stateOf(await outcome(() => returnArticleAction(id, emptyFormState, form({ version: 2, reason: " " })))).fieldErrors).toEqual({ reason: t("validation.required") });
    await outcome(() => returnArticleAction(id, emptyFormState, form({ version: 2, reason: "Bổ sung số liệu" })));
    expect((await getNewsroomArticle(users.editor, id)).steps[0]).toMatchObject({ action: "return", reason: "Bổ sung số liệu" });

    as(users.editor);
    await outcome(() => submitArticleAction(id, emptyFormState, form({ version: 3 })));
    as(users.leader);
    expect(await outcome(() => publishArticleAction(id, emptyFormState, form({ version: 4 })))).toEqual({ kind: "redirect", to: `/bien-tap/${id}?published=1` });
    const row = await db.article.findUniqueOrThrow({ where: { id }, select: { slug: true, status: true, publishedById: true } });
    expect(row).toMatchObject({ status: "PUBLISHED", publishedById: users.leader.id });
    expect(await getPublishedArticle(row.slug)).toMatchObject({ id, topics: [{ slug: "an-sinh-xa-hoi", name: "An sinh xã hội" }] });
    expect(await steps(id)).toEqual(["create", "submit", "return", "submit", "publish"]);
  });

  it("schedules publication in Vietnam time: not public before, its images private until then", async () => {
    const id = await draft();
    as(users.editor);
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#c00" } }).png().toBuffer();
    const image = new FormData();
    image.set("image", new File([new Uint8Array(png)], "anh.png", { type: "image/png" }));
    const uploaded = await uploadArticleImageAction(id, image);
    if (!("src" in uploaded)) throw new Error(uploaded.error);
    const imageId = uploaded.src.split("/").pop()!;
    as(users.leader);
    const year = new Date().getUTCFullYear() + 1;
    expect(stateOf(await outcome(() => publishArticleAction(id, emptyFormState, form({ version: 1, publishOn: "", publishAt: "08:30" })))).fieldErrors).toEqual({ publishOn: t("validation.required") });
    expect(await outcome(() => publishArticleAction(id, emptyFormState, form({ version: 1, publishOn: `${year}-01-02`, publishAt: "08:30" })))).toEqual({ kind: "redirect", to: `/bien-tap/${id}?scheduled=1` });
    const row = await db.article.findUniqueOrThrow({ where: { id }, select: { slug: true, publishedAt: true } });
    expect(row.publishedAt).toEqual(new Date(`${year}-01-02T01:30:00Z`));
    expect(await getPublishedArticle(row.slug)).toBeNull();
    expect(await readArticleImage(null, imageId, "full")).toBeNull();
    expect(await readArticleImage(users.staff, imageId, "full")).toBeNull();
    expect(await readArticleImage(users.editor, imageId, "full")).toMatchObject({ live: false });
    expect((await getNewsroomArticle(users.editor, id)).scheduled).toBe(true);
  });

  it("lets editors publish their own once the committee says so", async () => {
    await db.committee.update({ where: { id: tree.P }, data: { editorsPublish: true } });
    try {
      const id = await draft();
      as(users.editor);
      expect(await outcome(() => publishArticleAction(id, emptyFormState, form({ version: 1 })))).toEqual({ kind: "redirect", to: `/bien-tap/${id}?published=1` });
    } finally {
      await db.committee.update({ where: { id: tree.P }, data: { editorsPublish: false } });
    }
  });
});

describe("a published article", () => {
  async function published(): Promise<{ id: string; slug: string }> {
    const id = await draft();
    as(users.leader);
    await outcome(() => publishArticleAction(id, emptyFormState, form({ version: 1 })));
    return { id, slug: (await db.article.findUniqueOrThrow({ where: { id }, select: { slug: true } })).slug };
  }

  it("changes only in a publisher's hands; a new slug keeps the old link, which leads to the current one", async () => {
    const { id, slug } = await published();
    as(users.editor);
    const refused = stateOf(await outcome(() => updateArticleAction(id, emptyFormState, form(valid({ version: 2, title: "Sửa khi đã đăng" })))));
    expect(refused.formError).toBe(t("validation.articlePublishedLocked"));
    as(users.leader);
    await outcome(() => updateArticleAction(id, emptyFormState, form(valid({ version: 2, slug: `duong-dan-moi-${tag}` }))));
    expect(await currentSlugOf(slug)).toBe(`duong-dan-moi-${tag}`);
    expect(await getPublishedArticle(`duong-dan-moi-${tag}`)).toMatchObject({ id });
    // Taking the old slug back removes it from the former ones.
    await outcome(() => updateArticleAction(id, emptyFormState, form(valid({ version: 3, slug }))));
    expect(await currentSlugOf(`duong-dan-moi-${tag}`)).toBe(slug);
    expect(await currentSlugOf(slug)).toBeNull();
  });

  it("restores an old revision as a new one", async () => {
    const { id } = await published();
    as(users.leader);
    await outcome(() => updateArticleAction(id, emptyFormState, form(valid({ version: 2, title: `Tiêu đề thứ hai ${tag}` }))));
    expect(await outcome(() => restoreRevisionAction(id, emptyFormState, form({ version: 3, revision: 1 })))).toEqual({ kind: "redirect", to: `/bien-tap/${id}?restored=1` });
    const row = await db.article.findUniqueOrThrow({ where: { id }, select: { title: true, version: true } });
    expect(row).toEqual({ title: valid().title, version: 4 });
    expect(await db.articleRevision.findMany({ where: { articleId: id }, orderBy: { version: "asc" }, select: { version: true } })).toEqual([{ version: 1 }, { version: 3 }, { version: 4 }]);
  });

  it("refuses a stale save naming who saved first", async () => {
    const id = await draft();
    as(users.leader);
    await outcome(() => updateArticleAction(id, emptyFormState, form(valid({ version: 1, title: `Lãnh đạo sửa ${tag}` }))));
    as(users.editor);
    const stale = stateOf(await outcome(() => updateArticleAction(id, emptyFormState, form(valid({ version: 1, title: `Biên tập sửa ${tag}` })))));
    expect(stale.formError?.startsWith(`${users.leader.name} đã sửa bản ghi này lúc `)).toBe(true);
    expect(await versionOf(id)).toBe(2);
  });

  it("is withdrawn before it can be deleted; deleting takes its revisions and images", async () => {
    const { id } = await published();
    as(users.leader);
    expect(stateOf(await outcome(() => deleteArticleAction(id, emptyFormState, form({ version: 2 })))).formError).toBe(t("validation.articleDeletePublished"));
    await outcome(() => withdrawArticleAction(id, emptyFormState, form({ version: 2 })));
    expect(await outcome(() => deleteArticleAction(id, emptyFormState, form({ version: 3 })))).toEqual({ kind: "redirect", to: "/bien-tap?deleted=1" });
    expect(await db.article.count({ where: { id } })).toBe(0);
    expect(await db.articleRevision.count({ where: { articleId: id } })).toBe(0);
    expect(await steps(id)).toEqual(["create", "publish", "withdraw", "delete"]);
  });
});

describe("reach", () => {
  it("answers 404 to another province's editor and to staff, and lists only the committee's articles", async () => {
    const id = await draft();
    as(otherEditor);
    expect(await outcome(() => submitArticleAction(id, emptyFormState, form({ version: 1 })))).toEqual({ kind: "notFound" });
    expect(await outcome(() => updateArticleAction(id, emptyFormState, form(valid({ version: 1, committeeId: tree.X }))))).toEqual({ kind: "notFound" });
    as(users.staff);
    expect(await outcome(() => submitArticleAction(id, emptyFormState, form({ version: 1 })))).toEqual({ kind: "notFound" });
    expect((await listNewsroomArticles(users.staff, { status: null, q: "", page: 1 })).total).toBe(0);
    const mine = await listNewsroomArticles(users.editor, { status: "DRAFT", q: tag, page: 1 });
    expect(mine.total).toBeGreaterThan(0);
    expect((await listNewsroomArticles(otherEditor, { status: null, q: tag, page: 1 })).total).toBe(0);
    expect(await versionOf(id)).toBe(1);
  });
});
