import Link from "next/link";
import { newsArticlePath } from "@/components/layout/public-nav";
import { formatDate, toIsoDate } from "@/lib/format";
import type { PublicArticleSummary } from "@/lib/data/articles";

// Articles are written in Vietnamese: their text keeps lang="vi" when the
// interface is shown in another language, so screen readers pronounce it right.

/** A published article as a card (home page grid). */
export function ArticleCard({ article, headingLevel = 3 }: { article: PublicArticleSummary; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article lang="vi" className="group relative flex h-full flex-col rounded-card border border-ink-200 bg-white p-5 shadow-card transition hover:border-brand-300 hover:shadow-md">
      <div className="h-1 w-10 rounded-full bg-brand-700" aria-hidden="true" />
      <Heading className="mt-4 text-lg leading-snug font-semibold text-ink-900 group-hover:text-brand-700">
        <Link href={newsArticlePath(article.slug)} className="after:absolute after:inset-0 after:rounded-card focus-visible:outline-none group-has-[a:focus-visible]:underline">
          {article.title}
        </Link>
      </Heading>
      <p className="mt-2 line-clamp-3 text-sm leading-relaxed text-ink-600">{article.summary}</p>
      <p className="mt-auto flex flex-wrap items-center gap-x-2 gap-y-1 pt-4 text-xs text-ink-500">
        <time dateTime={toIsoDate(article.publishedAt)} className="font-medium text-ink-700">
          {formatDate(article.publishedAt)}
        </time>
        <span aria-hidden="true">·</span>
        <span>{article.committeeName}</span>
      </p>
    </article>
  );
}

/** A published article as a row of the news list (its title an h2, or an h3 under a section's heading). */
export function ArticleRow({ article, headingLevel = 2 }: { article: PublicArticleSummary; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article lang="vi" className="group relative grid gap-2 py-6 sm:grid-cols-[8rem_1fr] sm:gap-6">
      <p className="text-sm text-ink-500">
        <time dateTime={toIsoDate(article.publishedAt)} className="font-semibold text-brand-700">
          {formatDate(article.publishedAt)}
        </time>
      </p>
      <div>
        <Heading className="text-lg leading-snug font-semibold text-ink-900 group-hover:text-brand-700 sm:text-xl">
          <Link href={newsArticlePath(article.slug)} className="after:absolute after:inset-0">
            {article.title}
          </Link>
        </Heading>
        <p className="mt-1 text-sm font-medium text-ink-600">{article.committeeName}</p>
        <p className="mt-2 line-clamp-3 text-[0.9375rem] leading-relaxed text-ink-700">{article.summary}</p>
      </div>
    </article>
  );
}

/** Articles as the rows of a list in a card, or `emptyText` (if any) when there are none. */
export function ArticleRowList({ articles, emptyText, headingLevel = 3 }: { articles: PublicArticleSummary[]; emptyText?: string; headingLevel?: 2 | 3 }) {
  if (articles.length === 0) return emptyText ? <p className="rounded-card border border-dashed border-ink-300 bg-white p-8 text-center text-ink-600">{emptyText}</p> : null;
  return (
    <div className="rounded-card border border-ink-200 bg-white px-5 shadow-card sm:px-8">
      <ol className="divide-y divide-ink-200">
        {articles.map((article) => (
          <li key={article.id}>
            <ArticleRow article={article} headingLevel={headingLevel} />
          </li>
        ))}
      </ol>
    </div>
  );
}
