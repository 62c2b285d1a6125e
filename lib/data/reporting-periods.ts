import "server-only";
import type { Prisma } from "@/lib/db";
import { formatPeriodCode, type Calendar, type PeriodCode } from "@/lib/periods";

type Tx = Prisma.TransactionClient;

/**
 * The shared row of a calendar period (targets and reports hang on it),
 * created on first use. Two requests creating it at once meet on the unique
 * key (calendar, kind, year, sequence, committee: NULLS NOT DISTINCT): one
 * inserts, the other finds it. A campaign phase's row is made with the phase.
 */
export async function ensureReportingPeriod(tx: Tx, period: { code: PeriodCode; startsOn: Date; endsOn: Date }, calendar: Calendar): Promise<{ id: string }> {
  const code = period.code;
  if (code.kind === "PHASE") {
    const phase = await tx.reportingPeriod.findFirst({ where: { campaignPhaseId: code.phaseId }, select: { id: true } });
    if (!phase) throw new Error(`campaign phase ${code.phaseId} has no reporting period`);
    return phase;
  }
  await tx.$executeRaw`
    insert into reporting_periods (id, calendar, kind, year, sequence, label, starts_on, ends_on)
    values (${`period_${calendar}_${formatPeriodCode(code)}`.toLowerCase()}, ${calendar}::reporting_calendar, ${code.kind}::period_kind, ${code.year}, ${code.sequence},
            ${formatPeriodCode(code)}, ${period.startsOn}::date, ${period.endsOn}::date)
    on conflict do nothing`;
  return tx.reportingPeriod.findFirstOrThrow({ where: { calendar, kind: code.kind, year: code.year, sequence: code.sequence, committeeId: null }, select: { id: true }, orderBy: { id: "asc" } });
}
