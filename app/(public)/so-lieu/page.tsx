import type { Metadata } from "next";
import Link from "next/link";
import { getMessages, getTranslations } from "next-intl/server";
import { notFound, permanentRedirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { committeePublicPath, figuresPath, publicPaths } from "@/components/layout/public-nav";
import { PageHeader } from "@/components/layout/page-header";
import { FiguresStatus, FiguresTable, KeyFigureCards } from "@/components/news/public-figures";
import { Container } from "@/components/ui/container";
import { countryCommittee, figuresOf } from "@/lib/cache/public-reads";
import { getPublicCommittee, resolveCommitteeSlug } from "@/lib/data/public-committees";
import { getFormat } from "@/lib/i18n/server";
import { vietnamYear } from "@/lib/time/vietnam";
import { publicFiguresParams } from "@/lib/validation/search-params";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// generateMetadata and the page share one lookup per request: the committee
// of ?don_vi= (the country's root without it; an ended committee's link leads
// to its primary successor's figures) and the figures of ?nam=.
const load = cache(async (slug: string | undefined, year: number | undefined) => {
  await connection();
  let id: string;
  if (slug) {
    const resolved = await resolveCommitteeSlug(slug);
    if (!resolved) return null;
    if ("redirect" in resolved) permanentRedirect(figuresPath(resolved.redirect, year));
    id = resolved.id;
  } else {
    id = (await countryCommittee()).id;
  }
  const [committee, figures] = await Promise.all([getPublicCommittee(id), figuresOf(id, year)]);
  return committee ? { committee, figures, isRoot: !slug } : null;
});

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { don_vi, nam } = publicFiguresParams.parse(await searchParams);
  const [t, loaded] = await Promise.all([getTranslations("publicFigures"), load(don_vi, nam)]);
  if (!loaded) return { title: (await getTranslations("publicCommittee"))("notFound") };
  const { committee, figures, isRoot } = loaded;
  return {
    title: `${t("title")} · ${isRoot ? "" : `${committee.name} · `}${t("yearOf", { year: String(figures.year) })}`,
    description: t("lead"),
    alternates: { canonical: figuresPath(isRoot ? undefined : committee.slug, nam) },
  };
}

export default async function PublicFiguresPage({ searchParams }: Props) {
  const { don_vi, nam } = publicFiguresParams.parse(await searchParams);
  const loaded = await load(don_vi, nam);
  if (!loaded) notFound();
  const { committee, figures, isRoot } = loaded;
  const [m, t, format] = await Promise.all([getMessages(), getTranslations("publicFigures"), getFormat()]);
  const slug = isRoot ? undefined : committee.slug;
  const thisYear = vietnamYear();
  return (
    <>
      <PageHeader
        title={t("title")}
        lead={t("lead")}
        breadcrumbLabel={m.common.breadcrumb}
        breadcrumbs={[{ label: m.nav.home, href: publicPaths.home }, ...(isRoot ? [{ label: m.nav.figures }] : [{ label: m.nav.figures, href: publicPaths.figures }, { label: committee.name }])]}
      />
      <Container className="flex flex-col gap-8 pt-6 pb-16 sm:pt-8">
        <section aria-labelledby="figures-heading" className="flex flex-col gap-4">
          <div className="flex flex-wrap items-end justify-between gap-3">
            <div>
              <h2 id="figures-heading" className="text-xl font-bold text-ink-900 sm:text-2xl">
                <span lang="vi">{committee.name}</span> · {t("yearOf", { year: String(figures.year) })}
              </h2>
              <p className="mt-1 text-sm text-ink-600">{t("range", { from: format.date(figures.startsOn), to: format.date(figures.endsOn) })}</p>
            </div>
            <nav aria-label={t("years")} className="flex gap-2 text-sm font-semibold">
              <Link href={figuresPath(slug, figures.year - 1)} className="rounded-md px-3 py-2 text-brand-800 ring-1 ring-ink-200 ring-inset hover:bg-ink-100" rel="prev">
                <span aria-hidden="true">← </span>
                {t("previousYear")}
              </Link>
              {figures.year < thisYear ? (
                <Link href={figuresPath(slug, figures.year + 1)} className="rounded-md px-3 py-2 text-brand-800 ring-1 ring-ink-200 ring-inset hover:bg-ink-100" rel="next">
                  {t("nextYear")}
                  <span aria-hidden="true"> →</span>
                </Link>
              ) : null}
            </nav>
          </div>
          <FiguresStatus figures={figures} />
          <KeyFigureCards figures={figures.figures} />
        </section>

        <section aria-labelledby="all-figures" className="flex flex-col gap-3">
          <h2 id="all-figures" className="text-lg font-semibold text-ink-900">
            {t("allTitle")}
          </h2>
          <FiguresTable figures={figures.figures} />
        </section>

        <nav aria-label={committee.children.length > 0 ? t("childrenTitle") : t("committeePage")} className="flex flex-col gap-3">
          {committee.children.length > 0 ? <h2 className="text-lg font-semibold text-ink-900">{t("childrenTitle")}</h2> : null}
          <ul className="flex flex-wrap gap-2 text-sm">
            {committee.parent && !isRoot ? (
              <li>
                <Link href={figuresPath(committee.parent.slug, nam)} className="inline-block rounded-md px-3 py-2 font-semibold text-brand-800 ring-1 ring-ink-200 ring-inset hover:bg-ink-100">
                  {t("parentLink", { name: committee.parent.name })}
                </Link>
              </li>
            ) : null}
            {committee.children.map((child) => (
              <li key={child.slug}>
                <Link href={figuresPath(child.slug, nam)} className="inline-block rounded-md bg-white px-3 py-2 text-brand-800 ring-1 ring-ink-200 ring-inset hover:bg-ink-100" lang="vi">
                  {child.name}
                </Link>
              </li>
            ))}
            <li>
              <Link href={committeePublicPath(committee.slug)} className="inline-block rounded-md px-3 py-2 text-ink-700 underline decoration-ink-300 hover:decoration-brand-700">
                {t("committeePage")}
              </Link>
            </li>
          </ul>
        </nav>
      </Container>
    </>
  );
}
