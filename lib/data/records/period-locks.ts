import "server-only";
import type { Prisma } from "@/lib/db";
import { periodLabelValues, type LabelledPeriodKind } from "@/lib/periods/labels";
import { PeriodLockedError } from "../errors";

type Tx = Prisma.TransactionClient;

/** A record's committee and its own date (held on, occurred on, handed over on, signed on…). */
export type DatedCommittee = { committeeId: string; on: Date };

/**
 * The one lock check of every write of every record type: a record whose
 * (committee, date) falls within an approved report's locked period (the
 * report's committee with its reach: subtree and history) cannot be created,
 * changed or deleted. An edit passes both the old and the new (committee,
 * date). Refuses with the report that locks, naming who approved it.
 */
export async function assertPeriodsOpen(tx: Tx, dated: readonly (DatedCommittee | null)[], field?: string): Promise<void> {
  const entries = dated.filter((entry): entry is DatedCommittee => entry !== null);
  if (entries.length === 0) return;
  const [lock] = await tx.$queryRaw<
    { report_id: string; committee_name: string; kind: LabelledPeriodKind; year: number; sequence: number; approver: string | null; approved_at: Date | null }[]
  >`
    select l.report_id, c.name as committee_name, p.kind::text as kind, p.year, p.sequence, u.name as approver, r.approved_at
      from unnest(${entries.map((e) => e.committeeId)}::text[], ${entries.map((e) => e.on)}::date[]) as e(committee_id, on_date)
      join period_locks l on e.on_date between l.starts_on and l.ends_on
      join period_reports r on r.id = l.report_id
      join reporting_periods p on p.id = r.period_id
      join committees c on c.id = l.committee_id
      left join users u on u.id = r.approved_by
     where e.committee_id in (select readable_committee_ids(l.committee_id))
     order by l.starts_on, l.id
     limit 1`;
  if (!lock) return;
  throw new PeriodLockedError(
    {
      reportId: lock.report_id,
      committeeName: lock.committee_name,
      period: periodLabelValues(lock.kind, lock.year, lock.sequence),
      approvedBy: lock.approver,
      approvedAt: lock.approved_at,
    },
    field,
  );
}

/** Locks the report's period for its committee (on approval); one lock per report. */
export async function lockReportPeriod(tx: Tx, reportId: string): Promise<void> {
  await tx.$executeRaw`
    insert into period_locks (id, committee_id, starts_on, ends_on, report_id)
    select 'lock_' || r.id, r.committee_id, p.starts_on, p.ends_on, r.id
      from period_reports r join reporting_periods p on p.id = r.period_id
     where r.id = ${reportId}
    on conflict (report_id) do nothing`;
}

/** Removes the report's lock (on reopening). */
export async function unlockReportPeriod(tx: Tx, reportId: string): Promise<void> {
  await tx.periodLock.deleteMany({ where: { reportId } });
}
