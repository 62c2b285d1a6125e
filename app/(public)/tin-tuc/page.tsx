import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { newsPagePath, publicPaths } from "@/components/layout/public-nav";
import { PageHeader } from "@/components/layout/page-header";
import { Container } from "@/components/ui/container";
import { Pagination } from "@/components/ui/pagination";
import { listPublishedArticles } from "@/lib/data/articles";
import { formatNumber } from "@/lib/format";
import { getMessages, interpolate } from "@/lib/i18n/server";
import { ArticleRow } from "../_components/article-card";
import { NEWS_PAGE_SIZE, newsListParams } from "./search-params";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [m, { trang }] = await Promise.all([getMessages(), searchParams.then((raw) => newsListParams.parse(raw))]);
  return {
    title: trang > 1 ? interpolate(m.news.pageTitle, { page: trang }) : m.nav.news,
    description: m.news.lead,
    alternates: { canonical: newsPagePath(trang) },
  };
}

export default async function NewsListPage({ searchParams }: Props) {
  await connection();
  const { trang: page } = newsListParams.parse(await searchParams);
  const [m, { items, total }] = await Promise.all([getMessages(), listPublishedArticles({ page, pageSize: NEWS_PAGE_SIZE })]);
  const pageCount = Math.max(1, Math.ceil(total / NEWS_PAGE_SIZE));
  // A page past the end (an old link after articles were withdrawn) does not exist.
  if (page > pageCount) notFound();

  return (
    <>
      <PageHeader
        title={m.nav.news}
        lead={m.news.lead}
        breadcrumbLabel={m.common.breadcrumb}
        breadcrumbs={[{ label: m.nav.home, href: publicPaths.home }, { label: m.nav.news }]}
      >
        {total > 0 ? <p className="mt-4 text-sm font-medium text-ink-500">{interpolate(m.news.count, { count: formatNumber(total) })}</p> : null}
      </PageHeader>
      <Container className="pt-6 pb-16 sm:pt-8">
        {items.length === 0 ? (
          <p className="rounded-card border border-dashed border-ink-300 bg-white p-8 text-center text-ink-600">{m.news.empty}</p>
        ) : (
          <div className="rounded-card border border-ink-200 bg-white px-5 shadow-card sm:px-8">
            <ol className="divide-y divide-ink-200">
              {items.map((article) => (
                <li key={article.id}>
                  <ArticleRow article={article} />
                </li>
              ))}
            </ol>
          </div>
        )}
        <Pagination page={page} pageCount={pageCount} hrefFor={newsPagePath} labels={m.pagination} className="mt-8" />
      </Container>
    </>
  );
}
