import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { connection } from "next/server";
import { cache, type ReactNode } from "react";
import { getMessages, getTranslations } from "next-intl/server";
import { committeePublicPath, figuresPath, newsPagePath, publicPaths } from "@/components/layout/public-nav";
import { FiguresStatus, KeyFigureCards } from "@/components/news/public-figures";
import { PageHeader } from "@/components/layout/page-header";
import { Container } from "@/components/ui/container";
import { committeeNews, getPublicCommittee, resolveCommitteeSlug } from "@/lib/data/public-committees";
import { figuresOf } from "@/lib/cache/public-reads";
import { formatDate } from "@/lib/format";
import { ArticleRowList } from "../../_components/article-card";

type Props = { params: Promise<{ slug: string }> };

const NEWS_COUNT = 10;

// generateMetadata and the page share one lookup per request. An ended
// committee's old link leads to its primary successor's page (308).
const loadCommittee = cache(async (slug: string) => {
  await connection();
  const resolved = await resolveCommitteeSlug(slug);
  if (!resolved) return null;
  if ("redirect" in resolved) permanentRedirect(committeePublicPath(resolved.redirect));
  return getPublicCommittee(resolved.id);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const committee = await loadCommittee((await params).slug);
  if (!committee) return { title: (await getTranslations("publicCommittee"))("notFound") };
  return { title: committee.name, description: committee.locality, alternates: { canonical: committeePublicPath(committee.slug) } };
}

export default async function PublicCommitteePage({ params }: Props) {
  const committee = await loadCommittee((await params).slug);
  if (!committee) notFound();
  const [m, t, tCommittee, news, figures] = await Promise.all([
    getMessages(),
    getTranslations("publicCommittee"),
    getTranslations("committee"),
    committeeNews(committee.id, NEWS_COUNT),
    figuresOf(committee.id),
  ]);
  const f = m.committee.fields;
  const head = [committee.headName, committee.headTitle].filter(Boolean).join(", ") || null;
  const details: [string, ReactNode][] = [
    [f.level, m.committee.levels[committee.level]],
    [f.parent, committee.parent ? <Link href={committeePublicPath(committee.parent.slug)} className="text-brand-800 hover:underline">{committee.parent.name}</Link> : null],
    [f.validity, tCommittee("since", { date: formatDate(committee.validFrom) })],
    [f.headName, head],
    [f.address, committee.address],
    [f.phone, committee.phone],
  ];
  return (
    <>
      <PageHeader
        title={committee.name}
        lead={committee.locality}
        breadcrumbLabel={m.common.breadcrumb}
        breadcrumbs={[{ label: m.nav.home, href: publicPaths.home }, { label: committee.name }]}
      />
      <Container className="grid gap-8 pt-6 pb-16 sm:pt-8 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="committee-figures" className="flex flex-col gap-3 lg:col-span-2">
          <div className="flex flex-wrap items-end justify-between gap-3">
            <h2 id="committee-figures" className="text-xl font-semibold text-ink-900">
              {t("figuresTitle", { year: String(figures.year) })}
            </h2>
            <Link href={figuresPath(committee.slug)} className="text-sm font-semibold text-brand-700 hover:underline">
              {t("allFigures")} <span aria-hidden="true">→</span>
            </Link>
          </div>
          <FiguresStatus figures={figures} />
          <KeyFigureCards figures={figures.figures} />
        </section>
        <section aria-labelledby="committee-news">
          <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
            <h2 id="committee-news" className="text-xl font-semibold text-ink-900">
              {t("news")}
            </h2>
            {news.length > 0 ? (
              <Link href={newsPagePath(1, { don_vi: committee.slug })} className="text-sm font-semibold text-brand-700 hover:underline">
                {t("allNews")} <span aria-hidden="true">→</span>
              </Link>
            ) : null}
          </div>
          <ArticleRowList articles={news} emptyText={t("noNews")} />
        </section>
        <aside className="flex flex-col gap-6">
          <section aria-labelledby="committee-profile" className="rounded-card border border-ink-200 bg-white p-5 shadow-card">
            <h2 id="committee-profile" className="mb-3 text-lg font-semibold text-ink-900">
              {t("profile")}
            </h2>
            <dl className="grid gap-2 text-sm">
              {details
                .filter(([, value]) => value !== null)
                .map(([label, value]) => (
                  <div key={label}>
                    <dt className="font-semibold text-ink-700">{label}</dt>
                    <dd className="break-words text-ink-900">{value}</dd>
                  </div>
                ))}
            </dl>
          </section>
          {committee.predecessors.length > 0 ? (
            <section aria-labelledby="committee-predecessors" className="rounded-card border border-ink-200 bg-white p-5 shadow-card">
              <h2 id="committee-predecessors" className="mb-3 text-lg font-semibold text-ink-900">
                {m.committee.history.predecessors}
              </h2>
              <ul className="flex flex-col gap-1 text-sm text-ink-800">
                {committee.predecessors.map((p) => (
                  <li key={p.slug}>
                    {p.name}
                    {p.validTo ? <span className="text-ink-500"> ({formatDate(p.validTo)})</span> : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {committee.children.length > 0 ? (
            <section aria-labelledby="committee-children" className="rounded-card border border-ink-200 bg-white p-5 shadow-card">
              <h2 id="committee-children" className="mb-3 text-lg font-semibold text-ink-900">
                {t("children")}
              </h2>
              <ul className="flex flex-col gap-1 text-sm">
                {committee.children.map((c) => (
                  <li key={c.slug}>
                    <Link href={committeePublicPath(c.slug)} className="text-brand-800 hover:underline">
                      {c.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </aside>
      </Container>
    </>
  );
}
