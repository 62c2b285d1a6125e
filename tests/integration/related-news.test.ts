// Related news under an article, on real PostgreSQL: the same campaign's
// first, then those sharing a topic, then the same committee's, each newest
// first; never the article itself, a draft or another committee's unrelated news.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPublishedArticle, relatedArticles } from "@/lib/data/articles";
import { testDb } from "./support/fixtures";

const db = testDb();
const tag = randomBytes(4).toString("hex");
const slugs = {} as Record<"main" | "sameCampaign" | "sameTopic" | "sameCommittee" | "unrelated" | "draft", string>;

beforeAll(async () => {
  const committee = async (key: string) =>
    (await db.committee.create({ data: { slug: `rn-${key}-${tag}`, name: `Ban ${key} ${tag}`, shortName: "BDV", level: "PROVINCE", locality: "Tỉnh", validFrom: new Date("2000-01-01") }, select: { id: true } })).id;
  const [own, other] = [await committee("a"), await committee("b")];
  const campaign = (await db.campaign.create({ data: { slug: `rn-${tag}`, name: `Phong trào ${tag}` }, select: { id: true } })).id;
  const topic = (await db.topic.create({ data: { slug: `rn-${tag}`, name: `Chuyên mục ${tag}` }, select: { id: true } })).id;
  const article = async (key: keyof typeof slugs, data: { committeeId: string; campaignId?: string; topic?: boolean; day: string; draft?: boolean }) => {
    slugs[key] = `rn-${key.toLowerCase()}-${tag}`;
    await db.article.create({
      data: {
        slug: slugs[key],
        title: `Tin ${key} ${tag}`,
        summary: "Tóm tắt",
        body: "<p>x</p>",
        committeeId: data.committeeId,
        campaignId: data.campaignId ?? null,
        status: data.draft ? "DRAFT" : "PUBLISHED",
        publishedAt: data.draft ? null : new Date(`${data.day}T00:00:00Z`),
        ...(data.topic ? { topics: { create: [{ topicId: topic }] } } : {}),
      },
    });
  };
  await article("main", { committeeId: own, campaignId: campaign, topic: true, day: "2026-01-10" });
  await article("sameCampaign", { committeeId: other, campaignId: campaign, day: "2026-01-01" });
  await article("sameTopic", { committeeId: other, topic: true, day: "2026-01-05" });
  await article("sameCommittee", { committeeId: own, day: "2026-01-09" });
  await article("unrelated", { committeeId: other, day: "2026-01-11" });
  await article("draft", { committeeId: own, campaignId: campaign, day: "2026-01-12", draft: true });
});

afterAll(async () => {
  await db.$disconnect();
});

describe("related news", () => {
  it("ranks the campaign's, then the topic's, then the committee's", async () => {
    const main = (await getPublishedArticle(slugs.main))!;
    expect((await relatedArticles(main, 4)).map((a) => a.slug)).toEqual([slugs.sameCampaign, slugs.sameTopic, slugs.sameCommittee]);
    expect((await relatedArticles(main, 2)).map((a) => a.slug)).toEqual([slugs.sameCampaign, slugs.sameTopic]);
  });

  it("for an article without campaign or topic, are the committee's", async () => {
    const lone = (await getPublishedArticle(slugs.sameCommittee))!;
    expect((await relatedArticles(lone, 4)).map((a) => a.slug)).toEqual([slugs.main]);
  });
});
