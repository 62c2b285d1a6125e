// The public content cache on real PostgreSQL: a cached article is served
// without reading the database again; any change public pages show bumps the
// content version in the writing transaction and the next poll drops the
// cache; a view count does not; a scheduled article appears once its time
// comes, with no write at all.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { publishedArticle } from "@/lib/cache/public-reads";
import { pollPublicContent, publicCacheStats } from "@/lib/cache/public-content";
import { countArticleViews } from "@/lib/data/article-readers";
import { testDb } from "./support/fixtures";

// Other test files write to the same database meanwhile: only this file's explicit polls may drop the cache.
vi.hoisted(() => {
  process.env.CONTENT_POLL_MS = "3600000";
});

const db = testDb();
const tag = randomBytes(4).toString("hex");
let committeeId: string;

const contentVersion = async () => (await db.contentVersion.findUniqueOrThrow({ where: { id: 1 } })).version;

beforeAll(async () => {
  committeeId = (await db.committee.create({ data: { slug: `pc-${tag}`, name: `Ban Dân vận ${tag}`, shortName: "BDV", level: "PROVINCE", locality: "Tỉnh thử", validFrom: new Date("2000-01-01") }, select: { id: true } })).id;
});

afterAll(async () => {
  await db.$disconnect();
});

const article = (slug: string, publishedAt: Date) =>
  db.article.create({ data: { slug, title: `Tin ${slug}`, summary: "Tóm tắt", body: "<p>x</p>", committeeId, status: "PUBLISHED", publishedAt }, select: { id: true } });

describe("the public content cache", () => {
  it("serves a cached article without loading it again, until its content changes", async () => {
    const slug = `bo-nho-dem-${tag}`;
    const { id } = await article(slug, new Date("2026-01-01T00:00:00Z"));
    await pollPublicContent();
    expect((await publishedArticle(slug))?.title).toBe(`Tin ${slug}`);
    const before = publicCacheStats();
    expect((await publishedArticle(slug))?.title).toBe(`Tin ${slug}`);
    expect(publicCacheStats().hits).toBe(before.hits + 1);
    expect(publicCacheStats().misses).toBe(before.misses);

    // A view changes nothing public pages cache: no new version.
    const version = await contentVersion();
    await countArticleViews(id);
    expect(await contentVersion()).toBe(version);

    // An edit bumps the version in its own transaction; the next poll drops the cache.
    await db.article.update({ where: { id }, data: { title: `Tin đã sửa ${tag}` } });
    expect(await contentVersion()).toBeGreaterThan(version);
    await pollPublicContent();
    expect((await publishedArticle(slug))?.title).toBe(`Tin đã sửa ${tag}`);

    // Withdrawn: gone at the next poll.
    await db.article.update({ where: { id }, data: { status: "ARCHIVED" } });
    await pollPublicContent();
    expect(await publishedArticle(slug)).toBeNull();
  });

  it("shows a scheduled article once its time comes, with no write", async () => {
    const slug = `hen-gio-${tag}`;
    await article(slug, new Date(Date.now() + 1500));
    await pollPublicContent();
    expect(await publishedArticle(slug)).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 1700));
    await pollPublicContent();
    expect((await publishedArticle(slug))?.title).toBe(`Tin ${slug}`);
  });

  it("is bumped by a change to a topic, a campaign or a committee", async () => {
    for (const write of [
      () => db.topic.update({ where: { id: "topic-an-sinh-xa-hoi" }, data: { position: { increment: 0 } } }),
      () => db.committee.update({ where: { id: committeeId }, data: { locality: `Tỉnh thử ${tag}` } }),
      () => db.campaign.create({ data: { slug: `pc-${tag}`, name: `Phong trào ${tag}` } }),
    ]) {
      const version = await contentVersion();
      await write();
      expect(await contentVersion()).toBeGreaterThan(version);
    }
  });
});
