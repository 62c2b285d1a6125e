import "server-only";
import type { Prisma } from "@/lib/db";
import { periodLabelValues, type LabelledPeriodKind } from "@/lib/periods/labels";
import { PeriodLockedError, type LockingReport } from "../errors";

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
  const lock = (await findPeriodLocks(tx, dated)).find((found) => found !== null);
  if (lock) throw new PeriodLockedError(lock, field);
}

/**
 * The same check for many records at once (a bulk import): for each entry,
 * the approved report whose locked period holds it, or null. One statement
 * whatever the number of entries.
 */
export async function findPeriodLocks(tx: Tx, dated: readonly (DatedCommittee | null)[]): Promise<(LockingReport | null)[]> {
  const entries = dated.flatMap((entry, index) => (entry ? [{ ...entry, index }] : []));
  const found: (LockingReport | null)[] = dated.map(() => null);
  if (entries.length === 0) return found;
  const locks = await tx.$queryRaw<
    { idx: number; report_id: string; committee_name: string; kind: LabelledPeriodKind; year: number; sequence: number; approver: string | null; approved_at: Date | null }[]
  >`
    select distinct on (e.idx) e.idx, l.report_id, c.name as committee_name, p.kind::text as kind, p.year, p.sequence, u.name as approver, r.approved_at
      from unnest(${entries.map((e) => e.index)}::int[], ${entries.map((e) => e.committeeId)}::text[], ${entries.map((e) => e.on)}::date[]) as e(idx, committee_id, on_date)
      join period_locks l on e.on_date between l.starts_on and l.ends_on
      join period_reports r on r.id = l.report_id
      join reporting_periods p on p.id = r.period_id
      join committees c on c.id = l.committee_id
      left join users u on u.id = r.approved_by
     where e.committee_id in (select readable_committee_ids(l.committee_id))
     order by e.idx, l.starts_on, l.id`;
  for (const lock of locks) {
    found[lock.idx] = {
      reportId: lock.report_id,
      committeeName: lock.committee_name,
      period: periodLabelValues(lock.kind, lock.year, lock.sequence),
      approvedBy: lock.approver,
      approvedAt: lock.approved_at,
    };
  }
  return found;
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
