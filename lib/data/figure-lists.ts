import "server-only";
// The record lists behind the dashboard's figures. A list opened from a
// figure carries the dashboard's committee (ban), period (ky), indicator
// (chi_so), regrouping (gop=hom-nay) and, from the child table, the group
// (nhom): it then keeps exactly the records of figure_records (THE one
// definition of delivered), so the list's count is the figure's. The period
// is dated in the committee's calendar, like the dashboard's.
import { getDb, Prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/policy";
import type { PeriodCode } from "@/lib/periods";
import { calendarOfYear } from "./figures";
import { resolvePeriod, type ResolvedPeriod } from "./periods";

export type FigureListParams = { ban?: string | undefined; chi_so?: string | undefined; nhom?: string | undefined; gop?: "hom-nay" | undefined };

/** The dates of a list's `ky` in the calendar of its committee (`ban`, else the viewer's). */
export async function listPeriod(viewer: Viewer, code: PeriodCode | null, ban: string | undefined): Promise<ResolvedPeriod | null> {
  if (!code) return null;
  const committeeId = ban ?? viewer.committeeId;
  const calendar = code.kind !== "PHASE" && committeeId ? await calendarOfYear(getDb(), committeeId, code.year) : "CALENDAR";
  return resolvePeriod(viewer, code, { calendar });
}

/** Does the list show a figure's records (committee, period and indicator given)? */
export function isFigureList(params: FigureListParams, period: ResolvedPeriod | null): boolean {
  return Boolean(params.ban && params.chi_so && period);
}

/**
 * The records of `kind` behind the figure of `chi_so` for committee `ban` in
 * the period (and group `nhom`), on the list's id column; null when the list
 * is not opened from a figure.
 */
export function figureRecordsFilter(kind: "activity" | "house" | "conference" | "agreement" | "model", idColumn: Prisma.Sql, params: FigureListParams, period: ResolvedPeriod | null): Prisma.Sql | null {
  if (!params.ban || !params.chi_so || !period) return null;
  const starts = period.startsOn.toISOString().slice(0, 10);
  const ends = period.endsOn.toISOString().slice(0, 10);
  return Prisma.sql`${idColumn} in (
    select f.record_id from figure_records(${params.ban}, ${starts}::date, ${ends}::date, ${params.gop === "hom-nay"}) f
     where f.indicator_id = ${params.chi_so} and f.record_kind = ${kind}
       ${params.nhom ? Prisma.sql`and f.group_id = ${params.nhom}` : Prisma.empty})`;
}
