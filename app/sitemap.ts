import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { campaignPublicPath, committeePublicPath, newsArticlePath, publicPaths } from "@/components/layout/public-nav";
import { listPublishedSlugs } from "@/lib/data/articles";
import { listPublicCampaignSlugs } from "@/lib/data/public-campaigns";
import { listLiveCommitteeSlugs } from "@/lib/data/public-committees";
import { siteUrl } from "@/lib/site-url";

/** One sitemap holds at most 50,000 URLs (a sitemap index comes with more articles than that). */
const MAX_URLS = 50_000;

// /sitemap.xml: the home page, the news list, the public figures, every
// published article, campaign and today's committee, read per request so a
// new article is in at once.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  const [committees, campaigns] = await Promise.all([listLiveCommitteeSlugs(), listPublicCampaignSlugs()]);
  const articles = await listPublishedSlugs(MAX_URLS - 3 - committees.length - campaigns.length);
  return [
    { url: siteUrl(publicPaths.home), changeFrequency: "daily", priority: 1 },
    { url: siteUrl(publicPaths.news), changeFrequency: "daily", priority: 0.9 },
    { url: siteUrl(publicPaths.figures), changeFrequency: "daily", priority: 0.8 },
    ...articles.map((a) => ({ url: siteUrl(newsArticlePath(a.slug)), lastModified: a.updatedAt, changeFrequency: "monthly" as const, priority: 0.7 })),
    ...campaigns.map((c) => ({ url: siteUrl(campaignPublicPath(c.slug)), lastModified: c.updatedAt, changeFrequency: "weekly" as const, priority: 0.6 })),
    ...committees.map((slug) => ({ url: siteUrl(committeePublicPath(slug)), changeFrequency: "weekly" as const, priority: 0.5 })),
  ];
}
