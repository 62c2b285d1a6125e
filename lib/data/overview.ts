import "server-only";
import { getDb, Prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/policy";
import { committeeScope } from "./scope";

type Row = {
  committees: bigint;
  conferences: bigint;
  conferences_year: bigint;
  activities: bigint;
  activities_year: bigint;
  houses: bigint;
  houses_year: bigint;
  house_value: bigint;
  house_value_year: bigint;
  draft_articles: bigint;
};

/**
 * The workspace home's key figures for the committees the viewer may read:
 * records in all and in `year`, handed-over houses and their value, and the
 * draft articles the viewer may see. One SQL statement, counts and sums by
 * `filter`, nothing added up in JavaScript.
 */
export async function getWorkspaceOverview(viewer: Viewer, year: number) {
  const db = getDb();
  const records = committeeScope(viewer, "record", Prisma.sql`id`);
  const articles = committeeScope(viewer, "article", Prisma.sql`committee_id`);
  const from = `${year}-01-01`;
  const to = `${year + 1}-01-01`;
  const [row] = await db.$queryRaw<Row[]>`
    with scope as (
      select id from committees where ${records}
    ),
    conf as (
      select count(*) as total, count(*) filter (where held_on >= ${from}::date and held_on < ${to}::date) as in_year
        from conferences where committee_id in (select id from scope) and deleted_at is null
    ),
    act as (
      select count(*) as total, count(*) filter (where occurred_on >= ${from}::date and occurred_on < ${to}::date) as in_year
        from activities where committee_id in (select id from scope)
    ),
    house as (
      select count(*) as total,
             count(*) filter (where handed_over_on >= ${from}::date and handed_over_on < ${to}::date) as in_year,
             coalesce(sum(value_vnd), 0)::bigint as value,
             coalesce(sum(value_vnd) filter (where handed_over_on >= ${from}::date and handed_over_on < ${to}::date), 0)::bigint as value_year
        from house_handovers where status = 'HANDED_OVER' and deleted_at is null and committee_id in (select id from scope)
    )
    select (select count(*) from scope) as committees,
           conf.total as conferences, conf.in_year as conferences_year,
           act.total as activities, act.in_year as activities_year,
           house.total as houses, house.in_year as houses_year, house.value as house_value, house.value_year as house_value_year,
           (select count(*) from articles
             where status = 'DRAFT' and ${articles}) as draft_articles
      from conf, act, house`;
  if (!row) throw new Error("overview query returned no row");
  return {
    committees: Number(row.committees),
    conferences: { total: Number(row.conferences), year: Number(row.conferences_year) },
    activities: { total: Number(row.activities), year: Number(row.activities_year) },
    houses: {
      total: Number(row.houses),
      totalValueVnd: row.house_value,
      year: Number(row.houses_year),
      yearValueVnd: row.house_value_year,
    },
    draftArticles: Number(row.draft_articles),
  };
}
