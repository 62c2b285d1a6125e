import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { newsArticlePath, publicPaths } from "@/components/layout/public-nav";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Container } from "@/components/ui/container";
import { getPublishedArticle, listPublishedArticles } from "@/lib/data/articles";
import { formatDate, toIsoDate } from "@/lib/format";

type Props = { params: Promise<{ slug: string }> };

// generateMetadata and the page share one query per request.
const loadArticle = cache(async (slug: string) => {
  await connection();
  return getPublishedArticle(slug);
});

/** Paragraphs are separated by blank lines; single line breaks are kept. */
function paragraphs(body: string): string[] {
  return body
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const [t, article] = await Promise.all([getTranslations(), loadArticle(slug)]);
  if (!article) return { title: t("news.notFoundTitle") };
  return {
    title: article.title,
    description: article.summary,
    alternates: { canonical: newsArticlePath(article.slug) },
    openGraph: {
      type: "article",
      title: article.title,
      description: article.summary,
      publishedTime: article.publishedAt.toISOString(),
      siteName: t("site.name"),
    },
  };
}

const OTHER_NEWS_COUNT = 5;

async function OtherNews({ currentId }: { currentId: string }) {
  const { items } = await listPublishedArticles({ page: 1, pageSize: OTHER_NEWS_COUNT + 1 });
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

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const [t, article] = await Promise.all([getTranslations(), loadArticle(slug)]);
  if (!article) notFound();

  return (
    <Container className="pt-6 pb-16 sm:pt-10">
      <Breadcrumbs
        label={t("common.breadcrumb")}
        items={[{ label: t("nav.home"), href: publicPaths.home }, { label: t("nav.news"), href: publicPaths.news }, { label: article.title }]}
      />
      <div className="mt-6 grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <article className="min-w-0 rounded-card border border-ink-200 bg-white px-5 py-7 shadow-card sm:px-10 sm:py-10">
          <header>
            <p lang="vi" className="text-sm font-semibold text-brand-700 uppercase">{article.committeeName}</p>
            <h1 lang="vi" className="mt-2 text-2xl leading-tight font-bold tracking-tight text-ink-900 sm:text-[2rem]">{article.title}</h1>
            <dl className="mt-4 flex flex-wrap gap-x-6 gap-y-1 border-b border-ink-200 pb-4 text-sm text-ink-600">
              <div className="flex gap-1.5">
                <dt>{t("news.publishedOn")}:</dt>
                <dd className="font-medium text-ink-800">
                  <time dateTime={toIsoDate(article.publishedAt)}>{formatDate(article.publishedAt)}</time>
                </dd>
              </div>
              <div className="flex gap-1.5">
                <dt>{t("news.committee")}:</dt>
                <dd lang="vi" className="font-medium text-ink-800">{article.committeeName}</dd>
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
          <div lang="vi" className="mt-6 max-w-none space-y-5 text-[1.0625rem] leading-[1.8] text-ink-800">
            {paragraphs(article.body).map((paragraph, index) => (
              <p key={index} className="whitespace-pre-line">
                {paragraph}
              </p>
            ))}
          </div>
          {article.byline ? <p lang="vi" className="mt-8 text-right font-bold text-ink-900">{article.byline}</p> : null}
          <footer className="mt-10 border-t border-ink-200 pt-5">
            <Link href={publicPaths.news} className="text-sm font-semibold text-brand-700 hover:underline">
              <span aria-hidden="true">←</span> {t("news.backToList")}
            </Link>
          </footer>
        </article>
        <aside aria-labelledby="other-news-title" className="lg:pt-0">
          <h2 id="other-news-title" className="border-b-2 border-brand-700 pb-2 text-base font-bold text-brand-800 uppercase">
            {t("home.latestTitle")}
          </h2>
          <OtherNews currentId={article.id} />
        </aside>
      </div>
    </Container>
  );
}
