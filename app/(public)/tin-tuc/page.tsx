import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { newsPagePath, publicPaths } from "@/components/layout/public-nav";
import { PageHeader } from "@/components/layout/page-header";
import { Container } from "@/components/ui/container";
import { Pagination } from "@/components/ui/pagination";
import { listPublishedArticles } from "@/lib/data/articles";
import { ArticleRow } from "../_components/article-card";
import { newsListParams } from "@/lib/validation/search-params";

const NEWS_PAGE_SIZE = 10;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [t, { trang }] = await Promise.all([getTranslations(), searchParams.then((raw) => newsListParams.parse(raw))]);
  return {
    title: trang > 1 ? t("news.pageTitle", { page: trang }) : t("nav.news"),
    description: t("news.lead"),
    alternates: { canonical: newsPagePath(trang) },
  };
}

export default async function NewsListPage({ searchParams }: Props) {
  await connection();
  const { trang: page } = newsListParams.parse(await searchParams);
  const [t, { items, total }] = await Promise.all([getTranslations(), listPublishedArticles({ page, pageSize: NEWS_PAGE_SIZE })]);
  const pageCount = Math.max(1, Math.ceil(total / NEWS_PAGE_SIZE));
  // A page past the end (an old link after articles were withdrawn) does not exist.
  if (page > pageCount) notFound();

  return (
    <>
      <PageHeader
        title={t("nav.news")}
        lead={t("news.lead")}
        breadcrumbLabel={t("common.breadcrumb")}
        breadcrumbs={[{ label: t("nav.home"), href: publicPaths.home }, { label: t("nav.news") }]}
      >
        {total > 0 ? <p className="mt-4 text-sm font-medium text-ink-500">{t("news.count", { count: total })}</p> : null}
      </PageHeader>
      <Container className="pt-6 pb-16 sm:pt-8">
        {items.length === 0 ? (
          <p className="rounded-card border border-dashed border-ink-300 bg-white p-8 text-center text-ink-600">{t("news.empty")}</p>
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
        <Pagination page={page} pageCount={pageCount} hrefFor={newsPagePath} className="mt-8" />
      </Container>
    </>
  );
}
