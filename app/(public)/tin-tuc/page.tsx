import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { connection } from "next/server";
import { newsPagePath, publicPaths } from "@/components/layout/public-nav";
import { PageHeader } from "@/components/layout/page-header";
import { Container } from "@/components/ui/container";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { Pagination } from "@/components/ui/pagination";
import { listPublishedArticles, listTopics } from "@/lib/data/articles";
import { committeeReach, listNewsCommittees, resolveCommitteeSlug } from "@/lib/data/public-committees";
import { ArticleRowList } from "../_components/article-card";
import { newsListParams } from "@/lib/validation/search-params";

const NEWS_PAGE_SIZE = 10;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [t, { trang, chuyen_muc, don_vi }] = await Promise.all([getTranslations(), searchParams.then((raw) => newsListParams.parse(raw))]);
  return {
    title: trang > 1 ? t("news.pageTitle", { page: trang }) : t("nav.news"),
    description: t("news.lead"),
    alternates: { canonical: newsPagePath(trang, { chuyen_muc, don_vi }) },
  };
}

/** The committees whose reach the list shows (?don_vi=); an ended committee's link leads to its successor's news. */
async function committeeFilter(slug: string | undefined, page: number, topic: string | undefined): Promise<string[] | undefined | null> {
  if (!slug) return undefined;
  const resolved = await resolveCommitteeSlug(slug);
  if (!resolved) return null;
  if ("redirect" in resolved) permanentRedirect(newsPagePath(page, { chuyen_muc: topic, don_vi: resolved.redirect }));
  return committeeReach(resolved.id);
}

export default async function NewsListPage({ searchParams }: Props) {
  await connection();
  const { trang: page, chuyen_muc: topicSlug, don_vi: committeeSlug } = newsListParams.parse(await searchParams);
  const committeeIds = await committeeFilter(committeeSlug, page, topicSlug);
  if (committeeIds === null) notFound();
  const [t, topics, committees, { items, total }] = await Promise.all([
    getTranslations(),
    listTopics(),
    listNewsCommittees(committeeSlug),
    listPublishedArticles({ page, pageSize: NEWS_PAGE_SIZE, ...(topicSlug ? { topicSlug } : {}), ...(committeeIds ? { committeeIds } : {}) }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / NEWS_PAGE_SIZE));
  // A page past the end (an old link after articles were withdrawn), or a topic that does not exist, is no page.
  if (page > pageCount || (topicSlug && !topics.some((topic) => topic.slug === topicSlug))) notFound();
  const filters = { chuyen_muc: topicSlug, don_vi: committeeSlug };

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
        {/* A GET form: filtering works without JavaScript. */}
        <form action={publicPaths.news} className="mb-4 flex flex-wrap items-end gap-2">
          {topicSlug ? <input type="hidden" name="chuyen_muc" value={topicSlug} /> : null}
          <label className="flex min-w-0 flex-1 flex-col gap-1 text-sm font-semibold text-ink-700 sm:max-w-md">
            {t("news.committee")}
            <Select name="don_vi" defaultValue={committeeSlug ?? ""}>
              <option value="">{t("partners.allCommittees")}</option>
              {committees.map((committee) => (
                <option key={committee.slug} value={committee.slug}>
                  {committee.name}
                </option>
              ))}
            </Select>
          </label>
          <Button type="submit" variant="secondary">
            {t("common.filter")}
          </Button>
        </form>
        <nav aria-label={t("news.topics")} className="mb-6 flex flex-wrap gap-2">
          {[null, ...topics].map((topic) => {
            const current = (topic?.slug ?? undefined) === topicSlug;
            return (
              <Link
                key={topic?.slug ?? "all"}
                href={newsPagePath(1, { ...filters, chuyen_muc: topic?.slug })}
                aria-current={current ? "page" : undefined}
                lang={topic ? "vi" : undefined}
                className={`rounded-full px-3 py-1.5 text-sm font-semibold ring-1 ring-inset ${current ? "bg-brand-700 text-white ring-brand-700" : "bg-white text-ink-700 ring-ink-200 hover:bg-ink-100"}`}
              >
                {topic?.name ?? t("news.allTopics")}
              </Link>
            );
          })}
        </nav>
        <ArticleRowList articles={items} emptyText={t("news.empty")} headingLevel={2} />
        <Pagination page={page} pageCount={pageCount} hrefFor={(p) => newsPagePath(p, filters)} className="mt-8" />
      </Container>
    </>
  );
}
