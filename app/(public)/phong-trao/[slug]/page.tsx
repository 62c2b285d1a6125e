import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { getMessages, getTranslations } from "next-intl/server";
import { campaignPublicPath, committeePublicPath, publicPaths } from "@/components/layout/public-nav";
import { PageHeader } from "@/components/layout/page-header";
import { FiguresTable } from "@/components/news/public-figures";
import { Badge } from "@/components/ui/badge";
import { Container } from "@/components/ui/container";
import { getPublicCampaign, type PublicCampaign } from "@/lib/data/public-campaigns";
import { getFormat } from "@/lib/i18n/server";
import { ArticleRowList } from "../../_components/article-card";

type Props = { params: Promise<{ slug: string }> };

// generateMetadata and the page share one lookup per request.
const loadCampaign = cache(async (slug: string) => {
  await connection();
  return getPublicCampaign(slug);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const campaign = await loadCampaign((await params).slug);
  if (!campaign) return { title: (await getTranslations("publicCampaign"))("notFound") };
  return { title: campaign.name, description: campaign.description ?? undefined, alternates: { canonical: campaignPublicPath(campaign.slug) } };
}


export default async function PublicCampaignPage({ params }: Props) {
  const campaign = await loadCampaign((await params).slug);
  if (!campaign) notFound();
  const [m, t, tModels, tHistory, format] = await Promise.all([
    getMessages(),
    getTranslations("publicCampaign"),
    getTranslations("models"),
    getTranslations("committee.history"),
    getFormat(),
  ]);
  // "01/01/2026 – 31/12/2026", or "Từ 01/01/2026" while open-ended.
  const span = (from: Date, to: Date | null) => (to ? tHistory("span", { from: format.date(from), to: format.date(to) }) : tHistory("spanOpen", { from: format.date(from) }));
  const k = m.campaigns;
  const when = campaign.startsOn ? span(campaign.startsOn, campaign.endsOn) : null;
  return (
    <>
      <PageHeader
        title={<span lang="vi">{campaign.name}</span>}
        lead={when}
        breadcrumbLabel={m.common.breadcrumb}
        breadcrumbs={[{ label: m.nav.home, href: publicPaths.home }, { label: campaign.name }]}
      >
        <p className="mt-3 text-sm text-ink-700">
          <span className="font-semibold">{k.fields.committee}: </span>
          {campaign.committee ? (
            <Link href={committeePublicPath(campaign.committee.slug)} className="text-brand-800 hover:underline" lang="vi">
              {campaign.committee.name}
            </Link>
          ) : (
            k.nationwide
          )}
        </p>
      </PageHeader>
      <Container className="grid gap-8 pt-6 pb-16 sm:pt-8 lg:grid-cols-[2fr_1fr]">
        <div className="flex min-w-0 flex-col gap-8">
          {campaign.description ? (
            <section aria-labelledby="campaign-description" className="rounded-card border border-ink-200 bg-white p-5 shadow-card sm:p-6">
              <h2 id="campaign-description" className="mb-2 text-lg font-semibold text-ink-900">
                {k.fields.description}
              </h2>
              <p className="leading-relaxed whitespace-pre-line text-ink-800" lang="vi">
                {campaign.description}
              </p>
            </section>
          ) : null}
          <Phases campaign={campaign} m={m} span={span} phaseResults={t("phaseResults")} noPhaseResults={t("noPhaseResults")} />
          <section aria-labelledby="campaign-news">
            <h2 id="campaign-news" className="mb-3 text-xl font-semibold text-ink-900">
              {m.newsroom.fields.campaign}
            </h2>
            <ArticleRowList articles={campaign.news} emptyText={t("noNews")} />
          </section>
        </div>
        <aside aria-labelledby="campaign-models" className="h-fit rounded-card border border-ink-200 bg-white p-5 shadow-card">
          <h2 id="campaign-models" className="text-lg font-semibold text-ink-900">
            {t("modelsTitle")}
          </h2>
          {campaign.models.registered === 0 ? (
            <p className="mt-2 text-sm text-ink-600">{t("noModels")}</p>
          ) : (
            <>
              <p className="mt-2 text-sm text-ink-700">
                <span className="font-semibold text-ink-900">{tModels("count", { count: campaign.models.registered })}</span>
                {" · "}
                {tModels("recognisedCount", { count: campaign.models.recognised })}
              </p>
              <ul className="mt-3 flex flex-col gap-3 text-sm">
                {campaign.models.named.map((model) => (
                  <li key={model.id} className="border-t border-ink-100 pt-3">
                    <p className="font-semibold text-ink-900" lang="vi">
                      {model.name}
                    </p>
                    <p className="text-ink-600">
                      <span lang="vi">{model.committeeName}</span>
                      {model.recognitionLevel ? ` · ${m.models.levels[model.recognitionLevel]}` : null}
                      {model.recognisedOn ? ` · ${format.date(model.recognisedOn)}` : null}
                    </p>
                  </li>
                ))}
              </ul>
              {campaign.models.recognised > campaign.models.named.length ? (
                <p className="mt-3 text-sm text-ink-600">{t("moreModels", { count: campaign.models.recognised - campaign.models.named.length })}</p>
              ) : null}
            </>
          )}
        </aside>
      </Container>
    </>
  );
}

/** The phases, each with its committee, days and what it delivered (provisional: live from the records). */
function Phases({
  campaign,
  m,
  span,
  phaseResults,
  noPhaseResults,
}: {
  campaign: PublicCampaign;
  m: Awaited<ReturnType<typeof getMessages>>;
  span: (from: Date, to: Date) => string;
  phaseResults: string;
  noPhaseResults: string;
}) {
  const k = m.campaigns;
  return (
    <section aria-labelledby="campaign-phases" className="flex flex-col gap-3">
      <h2 id="campaign-phases" className="text-xl font-semibold text-ink-900">
        {k.fields.phases}
      </h2>
      {campaign.phases.length === 0 ? (
        <p className="rounded-card border border-dashed border-ink-300 bg-white p-6 text-center text-ink-600">{k.phases.empty}</p>
      ) : (
        <ol className="flex flex-col gap-4">
          {campaign.phases.map((phase) => {
            const delivered = phase.figures.filter((figure) => figure.value !== "0");
            return (
              <li key={phase.id} className="rounded-card border border-ink-200 bg-white p-5 shadow-card">
                <h3 className="font-semibold text-ink-900" lang="vi">
                  {phase.name}
                </h3>
                <p className="mt-1 text-sm text-ink-700">
                  <Link href={committeePublicPath(phase.committee.slug)} className="text-brand-800 hover:underline" lang="vi">
                    {phase.committee.name}
                  </Link>
                  {" · "}
                  {span(phase.startsOn, phase.endsOn)}
                </p>
                <div className="mt-4 flex flex-col gap-3">
                  <p className="flex flex-wrap items-center gap-2 text-sm font-semibold text-ink-700">
                    {phaseResults}
                    <Badge tone="warning">{m.publicFigures.provisional}</Badge>
                  </p>
                  {delivered.length > 0 ? <FiguresTable figures={delivered} /> : <p className="text-sm text-ink-600">{noPhaseResults}</p>}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
