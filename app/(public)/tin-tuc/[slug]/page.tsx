import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { getMessages, getTranslations } from "next-intl/server";
import { ArticleRating } from "@/components/news/article-rating";
import { ArticleComments } from "@/components/news/article-comments";
import { ShareLinks } from "@/components/news/share-links";
import { campaignPublicPath, newsArticlePath, newsPagePath, publicPaths } from "@/components/layout/public-nav";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Container } from "@/components/ui/container";
import { PrintButton } from "@/components/ui/print-button";
import { latestArticles, publishedArticle, ratingsOf, relatedNews, viewsOf } from "@/lib/cache/public-reads";
import { browserRating } from "@/lib/data/article-readers";
import { recordView } from "@/lib/news/view-counter";
import { currentSlugOf, type PublicArticle } from "@/lib/data/articles";
import { ArticleRow } from "../../_components/article-card";
import { formatDate, formatDateTime, toIsoDate } from "@/lib/format";
import { articleImagePath } from "@/lib/records/paths";
import { siteUrl } from "@/lib/site-url";
import { getFormat } from "@/lib/i18n/server";
import { readerKey } from "@/lib/news/reader-key";
import { articlePageParams } from "@/lib/validation/article-rating";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// generateMetadata and the page share one query per request. An article's
// old slug (it was renamed after publication) redirects to the current one.
const loadArticle = cache(async (slug: string) => {
  await connection();
  const article = await publishedArticle(slug);
  if (article) return article;
  const current = await currentSlugOf(slug);
  if (current) permanentRedirect(newsArticlePath(current));
  return null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const [t, article] = await Promise.all([getTranslations(), loadArticle(slug)]);
  if (!article) return { title: t("news.notFoundTitle") };
  const image = article.coverImageId ? siteUrl(articleImagePath(article.coverImageId)) : undefined;
  return {
    title: article.title,
    description: article.summary,
    alternates: { canonical: newsArticlePath(article.slug) },
    openGraph: {
      type: "article",
      url: newsArticlePath(article.slug),
      title: article.title,
      description: article.summary,
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: article.updatedAt.toISOString(),
      siteName: t("site.name"),
      locale: "vi_VN",
      ...(article.byline ? { authors: [article.byline] } : {}),
      ...(article.topics.length > 0 ? { tags: article.topics.map((topic) => topic.name) } : {}),
      ...(image ? { images: [{ url: image, alt: article.title }] } : {}),
    },
    twitter: {
      card: image ? "summary_large_image" : "summary",
      title: article.title,
      description: article.summary,
      ...(image ? { images: [image] } : {}),
    },
  };
}

/** schema.org NewsArticle for search engines; `<` escaped so the text cannot close the script. */
function NewsArticleJsonLd({ article, publisher }: { article: PublicArticle; publisher: string }) {
  const data = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    description: article.summary,
    datePublished: article.publishedAt.toISOString(),
    dateModified: article.updatedAt.toISOString(),
    mainEntityOfPage: siteUrl(newsArticlePath(article.slug)),
    inLanguage: "vi",
    ...(article.coverImageId ? { image: [siteUrl(articleImagePath(article.coverImageId))] } : {}),
    author: article.byline ? { "@type": "Person", name: article.byline } : { "@type": "Organization", name: article.committeeName },
    publisher: { "@type": "Organization", name: publisher, logo: { "@type": "ImageObject", url: siteUrl("/apple-icon.png") } },
  };
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }} />;
}

const OTHER_NEWS_COUNT = 5;

async function OtherNews({ currentId }: { currentId: string }) {
  const items = await latestArticles(OTHER_NEWS_COUNT + 1);
  const others = items.filter((item) => item.id !== currentId).slice(0, OTHER_NEWS_COUNT);
  if (others.length === 0) return null;
  return (
    <ul className="divide-y divide-ink-200">
      {others.map((item) => (
        <li key={item.id} lang="vi" className="py-3">
          <Link href={newsArticlePath(item.slug)} className="text-sm leading-snug font-semibold text-ink-800 hover:text-brand-700 hover:underline">
            {item.title}
          </Link>
          <p className="mt-1 text-xs text-ink-500">
            <time dateTime={toIsoDate(item.publishedAt)}>{formatDate(item.publishedAt)}</time>
          </p>
        </li>
      ))}
    </ul>
  );
}

const RELATED_COUNT = 4;

/** News of the same campaign, topics or committee, under the article. */
async function RelatedNews({ article, title }: { article: PublicArticle; title: string }) {
  const related = await relatedNews(article, RELATED_COUNT);
  if (related.length === 0) return null;
  return (
    <section aria-labelledby="related-news" className="mt-10 border-t-2 border-brand-700 pt-4 print:hidden">
      <h2 id="related-news" className="text-base font-bold text-brand-800 uppercase">
        {title}
      </h2>
      <ol className="divide-y divide-ink-200">
        {related.map((item) => (
          <li key={item.id}>
            <ArticleRow article={item} headingLevel={3} />
          </li>
        ))}
      </ol>
    </section>
  );
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const [t, m, article, { danh_gia: ratingNotice }, browserKey] = await Promise.all([
    getTranslations(),
    getMessages(),
    loadArticle(slug),
    searchParams.then((raw) => articlePageParams.parse(raw)),
    readerKey(),
  ]);
  if (!article) notFound();
  const format = await getFormat();
  // A browser that has rated (it has the cookie) reads its own stars; no one else reads the database here.
  const [ratings, mine, views] = await Promise.all([ratingsOf(article.id), browserKey ? browserRating(article.id, browserKey) : null, viewsOf(article.id)]);
  // Gathered in memory and written within a second, after the response: the count never slows the page.
  recordView(article.id);

  return (
    <Container className="pt-6 pb-16 sm:pt-10">
      <NewsArticleJsonLd article={article} publisher={t("site.name")} />
      <Breadcrumbs
        label={t("common.breadcrumb")}
        items={[{ label: t("nav.home"), href: publicPaths.home }, { label: t("nav.news"), href: publicPaths.news }, { label: article.title }]}
        className="print:hidden"
      />
      <div className="mt-6 grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <article className="min-w-0 rounded-card border border-ink-200 bg-white px-5 py-7 shadow-card sm:px-10 sm:py-10 print:border-0 print:shadow-none">
          <header>
            <p lang="vi" className="text-sm font-semibold text-brand-700 uppercase">{article.committeeName}</p>
            <h1 lang="vi" className="mt-2 text-2xl leading-tight font-bold tracking-tight text-ink-900 sm:text-[2rem]">{article.title}</h1>
            <dl className="mt-4 flex flex-wrap gap-x-6 gap-y-1 border-b border-ink-200 pb-4 text-sm text-ink-600">
              <div className="flex gap-1.5">
                <dt>{t("news.publishedOn")}:</dt>
                <dd className="font-medium text-ink-800">
                  <time dateTime={article.publishedAt.toISOString()}>{formatDateTime(article.publishedAt)}</time>
                </dd>
              </div>
              <div className="flex gap-1.5">
                <dt>{t("news.committee")}:</dt>
                <dd lang="vi" className="font-medium text-ink-800">{article.committeeName}</dd>
              </div>
              <div className="flex gap-1.5">
                <dt>{t("news.views")}:</dt>
                <dd className="font-medium text-ink-800" data-testid="view-count">{format.number(views)}</dd>
              </div>
              {article.byline ? (
                <div className="flex gap-1.5">
                  <dt>{t("news.byline")}:</dt>
                  <dd lang="vi" className="font-medium text-ink-800">{article.byline}</dd>
                </div>
              ) : null}
            </dl>
          </header>
          <p lang="vi" className="mt-6 text-lg leading-relaxed font-semibold text-ink-800">{article.summary}</p>
          {article.coverImageId ? (
            // eslint-disable-next-line @next/next/no-img-element -- a stored, already re-encoded photo
            <img src={articleImagePath(article.coverImageId)} alt={article.title} className="mt-6 h-auto w-full rounded-md" fetchPriority="high" />
          ) : null}
          {/* Sanitized on save and again when read (lib/cache/public-reads), against the allowlist of lib/text/article-html.ts. */}
          <div lang="vi" className="article-body mt-6" dangerouslySetInnerHTML={{ __html: article.body }} />
          {article.byline ? <p lang="vi" className="mt-8 text-right font-bold text-ink-900">{article.byline}</p> : null}
          {article.topics.length > 0 ? (
            <p className="mt-6 flex flex-wrap items-center gap-2 text-sm text-ink-700">
              <span className="font-semibold">{t("news.topics")}</span>
              {article.topics.map((topic) => (
                <Link key={topic.slug} href={newsPagePath(1, { chuyen_muc: topic.slug })} lang="vi" className="rounded-full bg-ink-100 px-3 py-1 hover:bg-brand-50 hover:text-brand-800">
                  {topic.name}
                </Link>
              ))}
            </p>
          ) : null}
          {article.campaign ? (
            <p className="mt-3 text-sm text-ink-700">
              <span className="font-semibold">{t("news.campaign")}</span>{" "}
              <Link href={campaignPublicPath(article.campaign.slug)} lang="vi" className="text-brand-800 underline decoration-ink-300 hover:decoration-brand-700">
                {article.campaign.name}
              </Link>
            </p>
          ) : null}
          <ArticleRating articleId={article.id} slug={article.slug} ratings={ratings} mine={mine} notice={ratingNotice} />
          <footer className="mt-10 flex flex-col gap-4 border-t border-ink-200 pt-5 print:hidden">
            <div className="flex flex-wrap items-center justify-between gap-3">
              <ShareLinks url={siteUrl(newsArticlePath(article.slug))} title={article.title} labels={m.news.share} />
              <PrintButton label={t("news.print")} />
            </div>
            <Link href={publicPaths.news} className="text-sm font-semibold text-brand-700 hover:underline">
              <span aria-hidden="true">←</span> {t("news.backToList")}
            </Link>
          </footer>
          <ArticleComments articleId={article.id} />
          <RelatedNews article={article} title={t("news.related")} />
        </article>
        <aside aria-labelledby="other-news-title" className="lg:pt-0 print:hidden">
          <h2 id="other-news-title" className="border-b-2 border-brand-700 pb-2 text-base font-bold text-brand-800 uppercase">
            {t("home.latestTitle")}
          </h2>
          <OtherNews currentId={article.id} />
        </aside>
      </div>
    </Container>
  );
}
