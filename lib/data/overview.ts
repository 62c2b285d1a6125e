import "server-only";
import { getDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/policy";
import { readableCommittees } from "./scope";

/**
 * The workspace home's key figures for the committees the viewer may read,
 * counted in SQL: records this year and in all, houses and their value.
 */
export async function getWorkspaceOverview(viewer: Viewer, year: number) {
  const db = getDb();
  const [scope, articleScope] = await Promise.all([readableCommittees(db, viewer, "record"), readableCommittees(db, viewer, "article")]);
  const committeeId = scope ?? undefined;
  const inYear = { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) };
  const byCommittee = committeeId ? { committeeId } : {};
  const [committee, committees, conferences, conferencesYear, activities, activitiesYear, houses, housesYear, drafts] = await db.$transaction([
    db.committee.findUnique({ where: { id: viewer.committeeId ?? "" }, select: { id: true, name: true } }),
    db.committee.count({ where: scope ? { id: scope } : {} }),
    db.conference.count({ where: byCommittee }),
    db.conference.count({ where: { ...byCommittee, heldOn: inYear } }),
    db.activity.count({ where: byCommittee }),
    db.activity.count({ where: { ...byCommittee, occurredOn: inYear } }),
    db.houseHandover.aggregate({ where: { ...byCommittee, status: "HANDED_OVER" }, _count: { _all: true }, _sum: { valueVnd: true } }),
    db.houseHandover.aggregate({ where: { ...byCommittee, status: "HANDED_OVER", handedOverOn: inYear }, _count: { _all: true }, _sum: { valueVnd: true } }),
    db.article.count({ where: { ...(articleScope ? { committeeId: articleScope } : {}), status: "DRAFT" } }),
  ]);
  return {
    committee,
    committees,
    conferences: { total: conferences, year: conferencesYear },
    activities: { total: activities, year: activitiesYear },
    houses: {
      total: houses._count._all,
      totalValueVnd: houses._sum.valueVnd ?? 0n,
      year: housesYear._count._all,
      yearValueVnd: housesYear._sum.valueVnd ?? 0n,
    },
    draftArticles: drafts,
  };
}
