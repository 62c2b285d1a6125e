import "server-only";
import { getDb, Prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/policy";
import { parseSort, positionOf } from "@/lib/validation/list";
import { CAMPAIGN_SORTS, type CampaignListParams } from "@/lib/validation/campaign-list";
import { campaignReadScope } from "./conferences";
import { textKey, timestampKey } from "./list/cursor";
import { containsPattern, keysetBatches, readListPage, sqlTotals, whereAll, type KeysetQuery, type KeysetSource } from "./list/keyset";
import { committeeScope } from "./scope";

export const CAMPAIGN_PAGE_SIZE = 20;

export type CampaignRow = {
  id: string;
  name: string;
  committeeName: string | null;
  committeeLevel: "CENTRAL" | "PROVINCE" | "DISTRICT" | "COMMUNE" | null;
  startsOn: Date | null;
  endsOn: Date | null;
  phases: number;
  records: number;
};

type CampaignSort = (typeof CAMPAIGN_SORTS)[keyof typeof CAMPAIGN_SORTS];

const FROM = Prisma.sql`campaigns k left join committees c on c.id = k.committee_id`;

/** Campaigns with their launcher, how many phases and how many records name them; undated (seeded) campaigns sort as oldest. */
const campaignsSource: KeysetSource<CampaignRow, CampaignSort> = {
  from: FROM,
  select: Prisma.sql`k.id, k.name, c.name as committee_name, c.level::text as committee_level, k.starts_on, k.ends_on,
    (select count(*)::int from campaign_phases ph where ph.campaign_id = k.id) as phases,
    ((select count(*) from exemplary_models m where m.campaign_id = k.id and m.deleted_at is null)
     + (select count(*) from conferences f where f.campaign_id = k.id and f.deleted_at is null)
     + (select count(*) from house_handovers h where h.campaign_id = k.id and h.deleted_at is null)
     + (select count(*) from activities a where a.campaign_id = k.id and a.deleted_at is null))::int as records`,
  id: { column: Prisma.sql`k.id`, codec: textKey, value: (row) => row.id },
  sorts: {
    startsOn: { column: Prisma.sql`coalesce(k.starts_on, '1900-01-01'::date)`, codec: timestampKey, value: (row) => row.startsOn ?? new Date("1900-01-01T00:00:00Z") },
    name: { column: Prisma.sql`k.name`, codec: textKey, value: (row) => row.name },
  },
  map: (raw) => ({
    id: raw.id as string,
    name: raw.name as string,
    committeeName: (raw.committee_name as string | null) ?? null,
    committeeLevel: (raw.committee_level as CampaignRow["committeeLevel"]) ?? null,
    startsOn: (raw.starts_on as Date | null) ?? null,
    endsOn: (raw.ends_on as Date | null) ?? null,
    phases: Number(raw.phases ?? 0),
    records: Number(raw.records ?? 0),
  }),
};

async function campaignQueryOf(viewer: Viewer, params: CampaignListParams): Promise<KeysetQuery<CampaignSort>> {
  const { key, direction } = parseSort(params.sap_xep, CAMPAIGN_SORTS);
  const pattern = params.q ? containsPattern(params.q) : null;
  return {
    where: whereAll([
      Prisma.sql`k.deleted_at is null`,
      campaignReadScope(viewer, "k"),
      params.ban
        ? Prisma.sql`(k.committee_id in (select readable_committee_ids(${params.ban}))
            or exists (select 1 from campaign_phases bp where bp.campaign_id = k.id and bp.committee_id in (select readable_committee_ids(${params.ban}))))`
        : null,
      pattern ? Prisma.sql`unaccent_vi(k.name) like unaccent_vi(${pattern})` : null,
    ]),
    sort: key,
    direction,
  };
}

export type CampaignTotals = { campaigns: bigint; phases: bigint };

function campaignTotals(where: Prisma.Sql): Promise<CampaignTotals> {
  return sqlTotals(getDb(), FROM, where, {
    campaigns: Prisma.sql`count(*)`,
    phases: Prisma.sql`coalesce(sum((select count(*) from campaign_phases ph where ph.campaign_id = k.id)), 0)`,
  });
}

/** One page of the campaigns the viewer reads, the count the filters select and their totals. */
export async function listCampaigns(viewer: Viewer, params: CampaignListParams) {
  const query = await campaignQueryOf(viewer, params);
  const [page, totals] = await Promise.all([readListPage(getDb(), campaignsSource, query, positionOf(params), CAMPAIGN_PAGE_SIZE), campaignTotals(query.where)]);
  return { ...page, totals };
}

/** Every campaign the filters select, in batches, with the totals from SQL. */
export async function exportCampaigns(viewer: Viewer, params: CampaignListParams) {
  const query = await campaignQueryOf(viewer, params);
  return { totals: await campaignTotals(query.where), batches: keysetBatches(getDb(), campaignsSource, query) };
}

/** The committee filter's choices: committees of the viewer's scope that launched a campaign or run a phase. */
export function listCampaignCommittees(viewer: Viewer): Promise<{ id: string; name: string }[]> {
  return getDb().$queryRaw<{ id: string; name: string }[]>`
    select c.id, c.name from committees c
     where ${committeeScope(viewer, "record", Prisma.sql`c.id`)}
       and (exists (select 1 from campaigns k where k.committee_id = c.id and k.deleted_at is null)
            or exists (select 1 from campaign_phases ph where ph.committee_id = c.id))
     order by c.valid_to is not null, c.name, c.id`;
}
