// Shared reporting periods (calendar months, no committee): the years
// 2022–2025 with their halves and quarters, dated by lib/periods.
import { viTranslator } from "@/lib/i18n/vietnamese";
import { periodLabelValues, periodRange, type CalendarPeriodKind } from "@/lib/periods";
import { ReportingCalendar } from "@/lib/generated/prisma/client";
import { seedId, type Tx } from "./util";

export const PERIOD_YEARS = [2022, 2023, 2024, 2025] as const;
const KINDS: [CalendarPeriodKind, number][] = [
  ["YEAR", 1],
  ["HALF_YEAR", 2],
  ["QUARTER", 4],
];

export type PeriodRef = { kind: CalendarPeriodKind; year: number; sequence: number };
export const periodKey = (p: PeriodRef) => `${p.kind}-${p.year}-${p.sequence}`;

/** Period id by `periodKey`. */
export type PeriodIds = Map<string, string>;

export function periodId(periods: PeriodIds, ref: PeriodRef): string {
  const id = periods.get(periodKey(ref));
  if (!id) throw new Error(`Seed data names a period that is not seeded: ${periodKey(ref)}`);
  return id;
}

export async function seedPeriods(tx: Tx): Promise<PeriodIds> {
  const ids: PeriodIds = new Map();
  const calendar = ReportingCalendar.CALENDAR;
  for (const year of PERIOD_YEARS) {
    for (const [kind, count] of KINDS) {
      for (let sequence = 1; sequence <= count; sequence++) {
        const { startsOn, endsOn } = periodRange(calendar, kind, year, sequence);
        // Stored in Vietnamese, like every name in the database.
        const label = viTranslator("periods.label", periodLabelValues(kind, year, sequence));
        // The unique key includes a nullable committeeId, and NULLs never
        // collide in PostgreSQL: look the shared period up rather than upsert.
        const existing = await tx.reportingPeriod.findFirst({
          where: { calendar, kind, year, sequence, committeeId: null },
          select: { id: true },
          orderBy: { id: "asc" },
        });
        const row = existing
          ? await tx.reportingPeriod.update({ where: { id: existing.id }, data: { startsOn, endsOn, label }, select: { id: true } })
          : await tx.reportingPeriod.create({
              data: { id: seedId("period", calendar.toLowerCase(), kind.toLowerCase(), year, sequence), calendar, kind, year, sequence, label, startsOn, endsOn, committeeId: null },
              select: { id: true },
            });
        ids.set(periodKey({ kind, year, sequence }), row.id);
      }
    }
  }
  return ids;
}
