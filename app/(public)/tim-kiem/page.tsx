import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { getMessages, getTranslations } from "next-intl/server";
import { campaignPublicPath, committeePublicPath, publicPaths } from "@/components/layout/public-nav";
import { PageHeader } from "@/components/layout/page-header";
import { SearchIcon } from "@/components/layout/search-box";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { searchSite, type CampaignHit, type CommitteeHit } from "@/lib/data/search";
import { formatDate } from "@/lib/format";
import { SEARCH_QUERY_MAX, searchPageParams } from "@/lib/validation/search-params";
import { ArticleRowList } from "../_components/article-card";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// A result page is a query, not content of its own: search engines may follow
// its links but keep it out of their index.
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [t, { q }] = await Promise.all([getTranslations(), searchParams.then((raw) => searchPageParams.parse(raw))]);
  return {
    title: q ? t("search.resultsTitle", { query: q }) : t("nav.search"),
    description: t("search.lead"),
    alternates: { canonical: publicPaths.search },
    ...(q ? { robots: { index: false, follow: true } } : {}),
  };
}

export default async function SearchPage({ searchParams }: Props) {
  await connection();
  const { q: query } = searchPageParams.parse(await searchParams);
  const [t, m, results] = await Promise.all([getTranslations(), getMessages(), query ? searchSite(query) : null]);
  const found = results ? results.articles.total + results.campaigns.total + results.committees.total : 0;
  const bestShown = ({ items, total }: { items: readonly unknown[]; total: number }) => (total > items.length ? t("search.bestShown", { shown: items.length, total }) : null);

  return (
    <>
      <PageHeader
        title={t("nav.search")}
        lead={t("search.lead")}
        breadcrumbLabel={t("common.breadcrumb")}
        breadcrumbs={[{ label: t("nav.home"), href: publicPaths.home }, { label: t("nav.search") }]}
      >
        {/* A GET form: the query lands in the URL and the search works without JavaScript. */}
        <Form action={publicPaths.search} role="search" className="mt-6 flex max-w-2xl gap-2">
          <label htmlFor="search-query" className="sr-only">
            {t("search.label")}
          </label>
          <input
            id="search-query"
            type="search"
            name="q"
            defaultValue={query ?? ""}
            maxLength={SEARCH_QUERY_MAX}
            placeholder={t("search.placeholder")}
            autoComplete="off"
            enterKeyHint="search"
            className="h-12 min-w-0 flex-1 rounded-md border border-ink-300 bg-white px-4 text-base text-ink-900 shadow-sm placeholder:text-ink-400 focus:border-brand-700 focus:outline-2 focus:outline-offset-0 focus:outline-brand-700"
          />
          <Button type="submit" size="lg" className="shrink-0 px-5">
            <SearchIcon />
            {t("search.submit")}
          </Button>
        </Form>
      </PageHeader>
      <Container className="pt-6 pb-16 sm:pt-8">
        {!query || !results ? (
          <p className="rounded-card border border-dashed border-ink-300 bg-white p-8 text-center text-ink-600">{t("search.empty")}</p>
        ) : found === 0 ? (
          <div role="status" className="rounded-card border border-dashed border-ink-300 bg-white p-8 text-center">
            <p className="font-semibold break-words text-ink-900">{t("search.noResults", { query })}</p>
            <p className="mt-2 text-ink-600">{t("search.noResultsHint")}</p>
          </div>
        ) : (
          <div className="flex flex-col gap-10">
            <p role="status" className="text-sm font-medium break-words text-ink-600">
              {t("search.found", { count: found, query })}
            </p>
            {results.articles.total > 0 ? (
              <ResultGroup id="ket-qua-tin-tuc" heading={t("search.groupNews", { count: results.articles.total })} note={bestShown(results.articles)}>
                <ArticleRowList articles={results.articles.items} />
              </ResultGroup>
            ) : null}
            {results.campaigns.total > 0 ? (
              <ResultGroup id="ket-qua-phong-trao" heading={t("search.groupCampaigns", { count: results.campaigns.total })} note={bestShown(results.campaigns)}>
                <HitList>
                  {results.campaigns.items.map((campaign) => (
                    <CampaignItem key={campaign.id} campaign={campaign} nationwide={m.campaigns.nationwide} span={(from, to) => (to ? t("committee.history.span", { from, to }) : t("committee.history.spanOpen", { from }))} />
                  ))}
                </HitList>
              </ResultGroup>
            ) : null}
            {results.committees.total > 0 ? (
              <ResultGroup id="ket-qua-don-vi" heading={t("search.groupCommittees", { count: results.committees.total })} note={bestShown(results.committees)}>
                <HitList>
                  {results.committees.items.map((committee) => (
                    <CommitteeItem key={committee.id} committee={committee} level={m.committee.levels[committee.level]} ended={m.committee.history.ended} />
                  ))}
                </HitList>
              </ResultGroup>
            ) : null}
          </div>
        )}
      </Container>
    </>
  );
}

/** One kind of result under its heading (with its count), and a note when only the best are shown. */
function ResultGroup({ id, heading, note, children }: { id: string; heading: string; note: string | null; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-3 text-xl font-semibold text-ink-900">
        {heading}
      </h2>
      {children}
      {note ? <p className="mt-3 text-sm text-ink-500">{note}</p> : null}
    </section>
  );
}

function HitList({ children }: { children: ReactNode }) {
  return <ul className="divide-y divide-ink-200 rounded-card border border-ink-200 bg-white px-5 shadow-card sm:px-8">{children}</ul>;
}

function CampaignItem({ campaign, nationwide, span }: { campaign: CampaignHit; nationwide: string; span: (from: string, to: string | null) => string }) {
  return (
    <li className="group relative py-4">
      <h3 lang="vi" className="font-semibold text-ink-900 group-hover:text-brand-700">
        <Link href={campaignPublicPath(campaign.slug)} className="after:absolute after:inset-0">
          {campaign.name}
        </Link>
      </h3>
      <p className="mt-1 flex flex-wrap gap-x-2 text-sm text-ink-600">
        {campaign.committeeName ? <span lang="vi">{campaign.committeeName}</span> : <span>{nationwide}</span>}
        {campaign.startsOn ? (
          <>
            <span aria-hidden="true">·</span>
            <span>{span(formatDate(campaign.startsOn), campaign.endsOn ? formatDate(campaign.endsOn) : null)}</span>
          </>
        ) : null}
      </p>
    </li>
  );
}

function CommitteeItem({ committee, level, ended }: { committee: CommitteeHit; level: string; ended: string }) {
  return (
    <li className="group relative py-4">
      <h3 lang="vi" className="font-semibold text-ink-900 group-hover:text-brand-700">
        <Link href={committeePublicPath(committee.slug)} className="after:absolute after:inset-0">
          {committee.name}
        </Link>
      </h3>
      <p className="mt-1 flex flex-wrap gap-x-2 text-sm text-ink-600">
        <span>{level}</span>
        {committee.ended ? (
          <>
            <span aria-hidden="true">·</span>
            <span>{ended}</span>
          </>
        ) : null}
      </p>
    </li>
  );
}
