// Views and ratings of published articles on real PostgreSQL: exact under
// concurrency (50 views at once are 50; 20 ratings at once from one browser
// are one), once per browser through the rating action and its cookie, only
// for articles the public can read, 1 to 5 stars.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { rateArticleAction } from "@/lib/actions/article-rating";
import { articleRatings, articleViews, browserRating, countArticleViews, rateArticle } from "@/lib/data/article-readers";

/** The ratings of an article and, when given, a browser's own. */
async function articleRatingSummary(articleId: string, browserKey: string | null) {
  return { ...(await articleRatings(articleId)), mine: browserKey ? await browserRating(articleId, browserKey) : null };
}
import { flushViews, recordView } from "@/lib/news/view-counter";
import { form, outcome, testDb } from "./support/fixtures";
import { cookieJar } from "./support/next-mocks";

vi.mock("next/headers", async () => (await import("./support/next-mocks")).headersModule);

const db = testDb();
const tag = randomBytes(4).toString("hex");
const ids = {} as Record<"published" | "draft" | "scheduled", { id: string; slug: string }>;
const browser = (n: number) => n.toString(16).padStart(64, "0");

beforeAll(async () => {
  const committee = await db.committee.create({
    data: { slug: `ar-${tag}`, name: `Ban Dân vận ${tag}`, shortName: "BDV", level: "PROVINCE", locality: "Tỉnh thử", validFrom: new Date("2000-01-01") },
    select: { id: true },
  });
  const article = async (key: keyof typeof ids, status: "PUBLISHED" | "DRAFT", publishedAt: Date | null) => {
    const slug = `danh-gia-${key}-${tag}`;
    const row = await db.article.create({ data: { slug, title: `Tin ${key} ${tag}`, summary: "Tóm tắt", body: "<p>Nội dung</p>", committeeId: committee.id, status, publishedAt }, select: { id: true } });
    ids[key] = { id: row.id, slug };
  };
  await article("published", "PUBLISHED", new Date("2026-01-01T00:00:00Z"));
  await article("draft", "DRAFT", null);
  await article("scheduled", "PUBLISHED", new Date("2999-01-01T00:00:00Z"));
});

beforeEach(() => cookieJar.clear());

afterAll(async () => {
  await db.$disconnect();
});

const views = articleViews;

describe("views", () => {
  it("are exact under concurrency, and only of published articles", async () => {
    const before = await views(ids.published.id);
    await Promise.all(Array.from({ length: 50 }, () => countArticleViews(ids.published.id)));
    expect(await views(ids.published.id)).toBe(before + 50);
    await countArticleViews(ids.draft.id);
    expect(await views(ids.draft.id)).toBe(0);
  });

  it("gathered by a server are written as one increment, none lost", async () => {
    const before = await views(ids.published.id);
    await Promise.all(Array.from({ length: 200 }, async () => recordView(ids.published.id)));
    await flushViews();
    expect(await views(ids.published.id)).toBe(before + 200);
  });
});

describe("ratings", () => {
  it("are once per browser, even when one browser sends 20 at once", async () => {
    const outcomes = await Promise.all(Array.from({ length: 20 }, (_, i) => rateArticle(ids.published.id, browser(1), (i % 5) + 1)));
    expect(outcomes.filter((o) => o === "rated")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "already")).toHaveLength(19);
    const summary = await articleRatingSummary(ids.published.id, browser(1));
    expect(summary.count).toBe(1);
    expect(summary.mine).not.toBeNull();
  });

  it("average to one decimal over browsers; a browser that has not rated has none of its own", async () => {
    const other = await db.article.create({
      data: { slug: `danh-gia-tb-${tag}`, title: `Tin trung bình ${tag}`, summary: "Tóm tắt", body: "<p>x</p>", committeeId: (await db.article.findUniqueOrThrow({ where: { id: ids.published.id } })).committeeId, status: "PUBLISHED", publishedAt: new Date("2026-01-02T00:00:00Z") },
      select: { id: true },
    });
    for (const [n, stars] of [[10, 5], [11, 4], [12, 4]] as const) expect(await rateArticle(other.id, browser(n), stars)).toBe("rated");
    expect(await articleRatingSummary(other.id, browser(11))).toEqual({ count: 3, average: "4.3", mine: 4 });
    expect(await articleRatingSummary(other.id, browser(99))).toEqual({ count: 3, average: "4.3", mine: null });
    expect(await articleRatingSummary(other.id, null)).toEqual({ count: 3, average: "4.3", mine: null });
  });

  it("are refused for drafts and articles not yet published, and outside 1–5 stars by the database itself", async () => {
    expect(await rateArticle(ids.draft.id, browser(2), 5)).toBe("notFound");
    expect(await rateArticle(ids.scheduled.id, browser(2), 5)).toBe("notFound");
    await expect(rateArticle(ids.published.id, browser(3), 6)).rejects.toThrow();
    expect((await articleRatingSummary(ids.draft.id, null)).count).toBe(0);
  });
});

describe("the rating action", () => {
  it("gives the browser its cookie, rates once and goes back to the article with a notice", async () => {
    const post = (stars: string) => outcome(() => rateArticleAction(form({ articleId: ids.published.id, slug: ids.published.slug, stars })));
    const before = (await articleRatingSummary(ids.published.id, null)).count;
    expect(await post("4")).toEqual({ kind: "redirect", to: `/tin-tuc/${ids.published.slug}?danh_gia=cam-on#danh-gia` });
    expect(cookieJar.get("doc_gia")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await post("5")).toEqual({ kind: "redirect", to: `/tin-tuc/${ids.published.slug}?danh_gia=da-danh-gia#danh-gia` });
    expect((await articleRatingSummary(ids.published.id, null)).count).toBe(before + 1);
    // The cookie itself is not what the database keeps.
    const kept = await db.articleRating.findMany({ where: { articleId: ids.published.id }, select: { browserKey: true } });
    expect(kept.map((r) => r.browserKey)).not.toContain(cookieJar.get("doc_gia"));
  });

  it("asks for stars when none or bad ones come, writes nothing; a bad article is a 404", async () => {
    const count = await db.articleRating.count();
    for (const stars of ["", "0", "6", "2.5", "năm", "1e3"]) {
      expect(await outcome(() => rateArticleAction(form({ articleId: ids.published.id, slug: ids.published.slug, stars })))).toEqual({
        kind: "redirect",
        to: `/tin-tuc/${ids.published.slug}?danh_gia=chon-sao#danh-gia`,
      });
    }
    expect(await outcome(() => rateArticleAction(form({ articleId: ids.draft.id, slug: ids.draft.slug, stars: "5" })))).toEqual({ kind: "notFound" });
    expect(await outcome(() => rateArticleAction(form({ articleId: "x'; drop table articles; --", slug: "../../etc", stars: "5" })))).toEqual({ kind: "notFound" });
    expect(await db.articleRating.count()).toBe(count);
  });
});
