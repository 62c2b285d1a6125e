import "server-only";
import { getDb, Prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/policy";
import { calendarPeriodDates, type Calendar, type CalendarPeriodKind, type PeriodCode } from "@/lib/periods";
import { currentPeriod, systemClock, type Clock } from "@/lib/time/vietnam";
import { committeeScope } from "./scope";

/** A period with its dates; a campaign phase also carries its names. */
export type ResolvedPeriod = {
  code: PeriodCode;
  /** First day, UTC midnight. */
  startsOn: Date;
  /** Last day, inclusive, UTC midnight. */
  endsOn: Date;
  phase: { name: string; campaignName: string; committeeId: string } | null;
};

export type ResolveOptions = { calendar: Calendar; fallbackKind?: CalendarPeriodKind; clock?: Clock };

/**
 * The dates of a period code for this viewer. Calendar periods are dated by
 * the calendar; a campaign phase by its row, when its committee lies within
 * what the viewer may read. A phase the viewer may not see, or that does not
 * exist, falls back to the current period, as a bad code does.
 */
export async function resolvePeriod(viewer: Viewer, code: PeriodCode, { calendar, fallbackKind = "YEAR", clock = systemClock }: ResolveOptions): Promise<ResolvedPeriod> {
  if (code.kind !== "PHASE") return { code, ...calendarPeriodDates(calendar, code), phase: null };
  const db = getDb();
  // The scope is SQL (readable_committee_ids): find the phase's id within it, then read the row.
  const [visible] = await db.$queryRaw<{ id: string }[]>`
    select id from campaign_phases where id = ${code.phaseId} and ${committeeScope(viewer, "record", Prisma.sql`committee_id`)}`;
  const phase = !visible ? null : await db.campaignPhase.findUnique({
    where: { id: visible.id },
    select: { startsOn: true, endsOn: true, name: true, committeeId: true, campaign: { select: { name: true } } },
  });
  if (!phase) {
    const current = currentPeriod(calendar, fallbackKind, clock);
    return { code: current, ...calendarPeriodDates(calendar, current), phase: null };
  }
  return {
    code,
    startsOn: phase.startsOn,
    endsOn: phase.endsOn,
    phase: { name: phase.name, campaignName: phase.campaign.name, committeeId: phase.committeeId },
  };
}
