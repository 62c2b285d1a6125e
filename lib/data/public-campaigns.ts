import "server-only";
import { getDb } from "@/lib/db";
import { isSlugShaped } from "@/lib/text/slug";
import { listPublishedArticles, type PublicArticleSummary } from "./articles";
import { livePublicFigures, type PublicFigure } from "./public-figures";

// PUBLIC READS of campaigns (/phong-trao/<slug>): what the movement is, who
// launched it, its phases with what each delivered (the phase's committee and
// subtree within the phase's dates: the one definition of delivered), its
// "Dân vận khéo" models and its news. Anyone may read them, so these take no
// viewer and return nothing personal: models are public achievements, named
// with their committee; no description, no photo, no household.

/** How many of the campaign's latest articles its page lists. */
const NEWS_COUNT = 10;

/** How many recognised models the page names (the rest are counted). */
const MODELS_NAMED = 50;

export type PublicCampaign = {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  committee: { slug: string; name: string } | null;
  startsOn: Date | null;
  endsOn: Date | null;
  phases: { id: string; name: string; committee: { slug: string; name: string }; startsOn: Date; endsOn: Date; figures: PublicFigure[] }[];
  models: {
    registered: number;
    recognised: number;
    named: { id: string; name: string; committeeName: string; recognitionLevel: "COMMUNE" | "DISTRICT" | "PROVINCE" | "CENTRAL" | null; recognisedOn: Date | null }[];
  };
  news: PublicArticleSummary[];
};

/** A campaign's public page, or null (no such campaign, or deleted). */
export async function getPublicCampaign(slug: string): Promise<PublicCampaign | null> {
  // Anything but a slug's shape names no campaign.
  if (!isSlugShaped(slug)) return null;
  const db = getDb();
  const campaign = await db.campaign.findFirst({
    where: { slug, deletedAt: null },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      startsOn: true,
      endsOn: true,
      committee: { select: { slug: true, name: true } },
      phases: { select: { id: true, name: true, startsOn: true, endsOn: true, committeeId: true, committee: { select: { slug: true, name: true } } }, orderBy: [{ startsOn: "asc" }, { id: "asc" }] },
    },
  });
  if (!campaign) return null;
  const live = { campaignId: campaign.id, deletedAt: null };
  const [phases, registered, recognised, named, news] = await Promise.all([
    Promise.all(campaign.phases.map(async ({ committeeId, ...phase }) => ({ ...phase, figures: await livePublicFigures(committeeId, phase.startsOn, phase.endsOn) }))),
    db.exemplaryModel.count({ where: live }),
    db.exemplaryModel.count({ where: { ...live, status: "RECOGNISED" } }),
    db.exemplaryModel.findMany({
      where: { ...live, status: "RECOGNISED" },
      select: { id: true, name: true, recognitionLevel: true, recognisedOn: true, committee: { select: { name: true } } },
      orderBy: [{ recognisedOn: "desc" }, { id: "asc" }],
      take: MODELS_NAMED,
    }),
    listPublishedArticles({ page: 1, pageSize: NEWS_COUNT, campaignId: campaign.id }),
  ]);
  return {
    ...campaign,
    phases,
    models: { registered, recognised, named: named.map(({ committee, ...model }) => ({ ...model, committeeName: committee.name })) },
    news: news.items,
  };
}

/** Every campaign's slug and last change (the sitemap). */
export function listPublicCampaignSlugs(): Promise<{ slug: string; updatedAt: Date }[]> {
  return getDb().campaign.findMany({ where: { deletedAt: null }, select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } });
}
