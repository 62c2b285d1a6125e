import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { publicPaths } from "@/components/layout/public-nav";
import { FiguresStatus, KeyFigureCards } from "@/components/news/public-figures";
import { ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { countryFigures, latestArticles } from "@/lib/cache/public-reads";
import { ArticleCard } from "./_components/article-card";

const LATEST_COUNT = 6;

async function LatestNews({ emptyText }: { emptyText: string }) {
  await connection();
  const items = await latestArticles(LATEST_COUNT);
  if (items.length === 0) {
    return <p className="rounded-card border border-dashed border-ink-300 bg-white p-8 text-center text-ink-600">{emptyText}</p>;
  }
  return (
    <ul className="grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
      {items.map((article) => (
        <li key={article.id}>
          <ArticleCard article={article} />
        </li>
      ))}
    </ul>
  );
}

/** The country's key figures of this year (or the latest year with records), approved or provisional. */
async function KeyFigures() {
  await connection();
  const [t, figures] = await Promise.all([getTranslations("publicFigures"), countryFigures()]);
  if (!figures.figures.some((figure) => figure.key)) return null;
  return (
    <section aria-labelledby="figures-title" className="border-t border-ink-200 bg-brand-50/40">
      <Container className="flex flex-col gap-4 py-10 sm:py-12">
        <div className="flex flex-wrap items-end justify-between gap-3 border-b-2 border-brand-700 pb-3">
          <h2 id="figures-title" className="text-xl font-bold tracking-tight text-brand-800 uppercase sm:text-2xl">
            {t("homeTitle", { year: String(figures.year) })}
          </h2>
          <Link href={publicPaths.figures} className="text-sm font-semibold text-brand-700 hover:underline">
            {t("more")} <span aria-hidden="true">→</span>
          </Link>
        </div>
        <FiguresStatus figures={figures} />
        <KeyFigureCards figures={figures.figures} />
      </Container>
    </section>
  );
}

export default async function HomePage() {
  const t = await getTranslations();

  return (
    <>
      <section aria-labelledby="hero-title" className="border-b border-ink-200 bg-white">
        <Container className="grid gap-10 py-10 sm:py-14 lg:grid-cols-[1fr_22rem] lg:items-center">
          <div>
            <p className="text-sm font-semibold text-brand-700">{t("site.motto")}</p>
            <h1 id="hero-title" className="mt-3 text-3xl leading-tight font-bold tracking-tight text-ink-900 sm:text-4xl">
              {t("site.tagline")}
            </h1>
            <p className="mt-4 max-w-2xl text-base leading-relaxed text-ink-700 sm:text-lg">{t("home.heroLead")}</p>
            <div className="mt-8 flex flex-wrap gap-3">
              <ButtonLink href={publicPaths.news} size="lg">
                {t("home.ctaNews")}
              </ButtonLink>
            </div>
          </div>
          <aside aria-labelledby="staff-title" className="rounded-card border border-brand-200 bg-brand-50 p-6">
            <h2 id="staff-title" className="text-base font-bold text-brand-900">
              {t("home.staffTitle")}
            </h2>
            <p className="mt-2 text-sm leading-relaxed text-ink-700">{t("home.staffBody")}</p>
            <ButtonLink href={publicPaths.signIn} className="mt-5 w-full">
              {t("home.staffCta")}
            </ButtonLink>
          </aside>
        </Container>
      </section>

      <section aria-labelledby="latest-title">
        <Container className="py-10 sm:py-12">
          <div className="mb-6 flex flex-wrap items-end justify-between gap-3 border-b-2 border-brand-700 pb-3">
            <h2 id="latest-title" className="text-xl font-bold tracking-tight text-brand-800 uppercase sm:text-2xl">
              {t("home.latestTitle")}
            </h2>
            <Link href={publicPaths.news} className="text-sm font-semibold text-brand-700 hover:underline">
              {t("home.allNews")} <span aria-hidden="true">→</span>
            </Link>
          </div>
          <LatestNews emptyText={t("news.empty")} />
        </Container>
      </section>

      <KeyFigures />
    </>
  );
}
