// The public search (/tim-kiem) on real PostgreSQL: typed without diacritics
// (đ as d) and with a typo it still finds the seed article; it finds only
// published articles whose time has come, campaigns not deleted and
// committees, nothing personal; and the article query is served by the
// trigram indexes (pg_trgm over unaccent_vi) on a table of thousands of rows.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleSearchSql, searchSite } from "@/lib/data/search";
import { seedDemo } from "@/prisma/seed";
import { makeTree, testDb, type Tree } from "./support/fixtures";

const db = testDb();
let tree: Tree;
let tag: string;

const SEED_TITLE = "An Giang giao ban tổng kết công tác dân vận năm 2023";

/** A word no other test's text shares a trigram with (most likely). */
const word = () => `w${randomBytes(5).toString("hex")}`;

const articleTitles = async (query: string) => (await searchSite(query)).articles.items.map((a) => a.title);

async function article(title: string, status: "DRAFT" | "IN_REVIEW" | "PUBLISHED" | "ARCHIVED", publishedAt: Date | null, summary = "Tin hoạt động của Ban.") {
  const row = await db.article.create({
    data: { slug: `tim-kiem-${tag}-${Math.random().toString(36).slice(2, 10)}`, title, summary, body: "<p>Nội dung.</p>", committeeId: tree.P, status, publishedAt },
    select: { id: true },
  });
  return row.id;
}

beforeAll(async () => {
  await seedDemo(db);
  ({ tree, tag } = await makeTree(db));
});
afterAll(() => db.$disconnect());

describe("searching articles", () => {
  it("finds the seed article typed without diacritics, with them, and with one typo", async () => {
    for (const query of ["an giang giao ban tong ket", "An Giang giao ban tổng kết", "AN GIANG GIAO BAN TONG KET", "an giang giao bna tong ket", "giao bna", "giao ban tong kte"]) {
      expect((await articleTitles(query))[0], query).toBe(SEED_TITLE);
    }
  });

  it("folds đ to d and every other mark away, on either side", async () => {
    const id = await article(`Đồng Tháp đối thoại với Nhân dân về đất đai ${tag}`, "PUBLISHED", new Date("2024-03-01T02:00:00Z"));
    for (const query of ["dong thap doi thoai", "Đồng Tháp đối thoại", "dat dai", "đat đai"]) {
      expect((await searchSite(query)).articles.items.map((a) => a.id), query).toContain(id);
    }
    expect(await articleTitles("dan van")).toContain(SEED_TITLE);
  });

  it("finds only published articles whose time has come", async () => {
    const hour = 3_600_000;
    const only = word();
    const shown = await article(`Tin đã đăng ${only}`, "PUBLISHED", new Date(Date.now() - hour));
    await article(`Tin nháp ${only}`, "DRAFT", null);
    await article(`Tin chờ duyệt ${only}`, "IN_REVIEW", null);
    await article(`Tin hẹn giờ ${only}`, "PUBLISHED", new Date(Date.now() + hour));
    await article(`Tin đã gỡ ${only}`, "ARCHIVED", new Date(Date.now() - 2 * hour));
    // The summary is searched too: a draft's is not.
    await article(`Bản nháp khác`, "DRAFT", null, `Tóm tắt riêng ${only}`);
    const { articles } = await searchSite(only);
    expect(articles.items.map((a) => a.id)).toEqual([shown]);
    expect(articles.total).toBe(1);
  });

  it("returns the best of many with the count of all, and nothing personal", async () => {
    const many = word();
    for (let i = 0; i < 12; i++) await article(`Tin số ${i + 1} ${many}`, "PUBLISHED", new Date(Date.UTC(2024, 0, i + 1)));
    const { articles } = await searchSite(many, { limit: 5 });
    expect(articles.total).toBe(12);
    expect(articles.items).toHaveLength(5);
    // Equal scores: the newest first.
    expect(articles.items[0]?.title).toBe(`Tin số 12 ${many}`);
    expect(Object.keys(articles.items[0]!).sort()).toEqual(["byline", "committeeName", "id", "publishedAt", "slug", "summary", "title"]);
    expect(articles.items[0]?.committeeName).toBe(`Ban Dân vận P ${tag}`);
  });

  it("finds nothing for an empty query or one that matches nothing", async () => {
    const empty = { articles: { items: [], total: 0 }, campaigns: { items: [], total: 0 }, committees: { items: [], total: 0 } };
    expect(await searchSite("   ")).toEqual(empty);
    expect(await searchSite("zzqxw")).toEqual(empty);
    // Punctuation alone has no trigram: nothing, and no error.
    expect(await searchSite("%_'\\;")).toEqual(empty);
  });
});

describe("searching campaigns and committees", () => {
  it("finds campaigns not deleted, with their launching committee", async () => {
    const { campaigns } = await searchSite("dan van kheo");
    expect(campaigns.items.map((c) => c.slug)).toEqual(expect.arrayContaining(["dan-van-kheo", "dan-van-kheo-ket-noi-bien-cuong"]));
    expect(campaigns.items.find((c) => c.slug === "dan-van-kheo")?.committeeName).toBeNull();
    expect(Object.keys(campaigns.items[0]!).sort()).toEqual(["committeeName", "endsOn", "id", "name", "slug", "startsOn"]);
    const kept = await db.campaign.create({ data: { slug: `phong-trao-${tag}`, name: `Phong trào thi đua ${tag}`, committeeId: tree.P }, select: { id: true } });
    await db.campaign.create({ data: { slug: `da-xoa-${tag}`, name: `Phong trào đã xóa ${tag}`, deletedAt: new Date() } });
    // Other test files' campaigns ("Phong trào thi đua …") may come too, after this one.
    const found = await searchSite(`phong trao ${tag}`);
    expect(found.campaigns.items[0]?.id).toBe(kept.id);
    expect(found.campaigns.items.map((c) => c.slug)).not.toContain(`da-xoa-${tag}`);
    expect(found.campaigns.items[0]?.committeeName).toBe(`Ban Dân vận P ${tag}`);
  });

  it("finds committees, today's and ended ones (marked), and never their people", async () => {
    const { committees } = await searchSite("ban tuyen giao va dan van tinh uy an giang");
    expect(committees.items[0]).toMatchObject({ slug: "tuyen-giao-dan-van-an-giang", ended: false, level: "PROVINCE" });
    const former = (await searchSite("Ban Dân vận Tỉnh ủy An Giang")).committees.items.find((c) => c.slug === "an-giang");
    expect(former).toMatchObject({ ended: true });
    expect(Object.keys(committees.items[0]!).sort()).toEqual(["ended", "id", "level", "name", "slug"]);
    // The test tree's committees, by a typo in their name.
    expect((await searchSite(`ban dan vna P ${tag}`)).committees.items.map((c) => c.id)).toContain(tree.P);
  });
});

describe("the trigram indexes", () => {
  it("serve the article query on a table of thousands of published articles", async () => {
    // In a transaction rolled back at the end: the other tests never see these rows.
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      await client.query("begin");
      await client.query(
        `insert into articles (id, slug, title, summary, body, committee_id, status, published_at, updated_at)
         select 'explain-' || g, 'explain-' || g || '-' || $2::text,
                'Tin hoạt động số ' || g || ' về ' || md5(g::text), 'Tóm tắt ' || md5((g * 7)::text), '<p>x</p>',
                $1::text, 'PUBLISHED', now() - make_interval(hours => g), now()
           from generate_series(1, 5000) g`,
        [tree.P, tag],
      );
      await client.query("analyze articles");
      const query = articleSearchSql("an giang giao bna tong ket", 10);
      const plan = async () => (await client.query<{ "QUERY PLAN": string }>(`explain ${query.text}`, query.values)).rows.map((row) => row["QUERY PLAN"]).join("\n");
      // As the planner chooses by itself, and with sequential scans ruled out
      // (then only an index on the trigrams, not the one on status, may serve).
      for (const seqscan of ["on", "off"]) {
        await client.query(`set local enable_seqscan = ${seqscan}`);
        const text = await plan();
        expect(text, text).toMatch(/Bitmap Index Scan on articles_title_search\b/);
        expect(text, text).toMatch(/Bitmap Index Scan on articles_summary_search\b/);
        expect(text, text).not.toMatch(/Seq Scan on articles|on articles_(status|committee)/);
      }
      // And the rows it reads are the right ones.
      const { rows } = await client.query<{ title: string }>(query.text, query.values);
      expect(rows[0]?.title).toBe(SEED_TITLE);
    } finally {
      await client.query("rollback");
      await client.end();
    }
  });

  it("exist for campaigns and committees", async () => {
    const rows = await db.$queryRaw<{ indexname: string }[]>`select indexname from pg_indexes where indexdef like '%gin_trgm_ops%' order by indexname`;
    expect(rows.map((r) => r.indexname)).toEqual(expect.arrayContaining(["articles_summary_search", "articles_title_search", "campaigns_name_search", "committees_name_search"]));
  });
});
