import { getTranslations } from "next-intl/server";
import { newsArticlePath, publicPaths } from "@/components/layout/public-nav";
import { listPublishedArticles } from "@/lib/data/articles";
import { siteUrl } from "@/lib/site-url";

// /rss.xml: the latest published news as RSS 2.0, linked from every page's
// head. The byline is a name, not an address: it goes in dc:creator, since
// RSS's own <author> must be an email.

const ITEMS = 30;

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);

export async function GET(): Promise<Response> {
  const [t, { items }] = await Promise.all([getTranslations("site"), listPublishedArticles({ page: 1, pageSize: ITEMS })]);
  const entries = items.map((a) => {
    const link = siteUrl(newsArticlePath(a.slug));
    return `<item><title>${escapeXml(a.title)}</title><link>${escapeXml(link)}</link><guid isPermaLink="true">${escapeXml(link)}</guid><pubDate>${a.publishedAt.toUTCString()}</pubDate><description>${escapeXml(a.summary)}</description>${a.byline ? `<dc:creator>${escapeXml(a.byline)}</dc:creator>` : ""}<category>${escapeXml(a.committeeName)}</category></item>`;
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>${escapeXml(t("name"))}</title><link>${escapeXml(siteUrl(publicPaths.home))}</link><description>${escapeXml(t("description"))}</description><language>vi</language><atom:link href="${escapeXml(siteUrl("/rss.xml"))}" rel="self" type="application/rss+xml"/>${entries.join("")}</channel></rss>
`;
  return new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8", "Cache-Control": "no-store" } });
}
