import "server-only";
import { getDb, Prisma } from "@/lib/db";
import { can, type Viewer } from "@/lib/auth/policy";
import { isMoneySource } from "@/lib/dashboard/links";
import { parseVnd } from "@/lib/money/parse-vnd";
import { formatPeriodCode, parsePeriodCode, type CalendarPeriodCode } from "@/lib/periods";
import { systemClock, type Clock } from "@/lib/time/vietnam";
import type { MessageKey } from "@/lib/i18n/message-key";
import { parseDecimal } from "@/lib/validation/number";
import { targetField, type TargetsInput } from "@/lib/validation/targets";
import { auditMany, type AuditEntry } from "./audit";
import { chooseCommittee, choosePeriod, previousPeriod } from "./dashboard";
import { NotFoundError, RuleViolation, StaleRecordError } from "./errors";
import type { IndicatorSourceValue } from "./figures";
import { ensureReportingPeriod } from "./reporting-periods";
import { resourceOf } from "./scope";

// Targets (chỉ tiêu): a leader sets the planned value of each indicator for
// their committee and each committee below it, for one period. A parent's
// target may be split among its children; when the parts do not add up the
// page warns, it does not refuse (a province may keep a reserve).

type Tx = Prisma.TransactionClient;

export type TargetIndicator = { id: string; code: string; name: string; unit: string; source: IndicatorSourceValue };

export type TargetCommittee = {
  id: string;
  name: string;
  /** Whether the viewer sets this committee's targets (the policy's setTarget). */
  canSet: boolean;
  /** indicator id → planned value (decimal text) and the row's version. */
  targets: Record<string, { planned: string; version: number }>;
};

export type TargetsPage = {
  committee: { id: string; name: string };
  code: ReturnType<typeof parsePeriodCode> & object;
  startsOn: Date;
  endsOn: Date;
  /** A campaign phase's names, when the period is one. */
  phase: { name: string; campaignName: string } | null;
  indicators: TargetIndicator[];
  /** The committee first, then the committees below it in the period. */
  committees: TargetCommittee[];
  /** Whether the previous period has targets to copy. */
  canCopy: boolean;
};

async function setTargetAllowed(tx: Tx | ReturnType<typeof getDb>, viewer: Viewer, committeeId: string, on: Date): Promise<boolean> {
  return can(viewer, "setTarget", await resourceOf(tx as Tx, viewer, "target", committeeId, on));
}

/** The committees whose targets the page shows: the committee and its children during the period. */
async function committeesOfPage(tx: Tx | ReturnType<typeof getDb>, committee: { id: string; name: string }, startsOn: Date, endsOn: Date) {
  const children = await tx.$queryRaw<{ id: string; name: string }[]>`
    select c.id, c.name from committee_parents p join committees c on c.id = p.committee_id
     where p.parent_id = ${committee.id} and p.valid_from <= ${endsOn}::date and coalesce(p.valid_to, 'infinity'::date) >= ${startsOn}::date
     order by c.name`;
  return [{ id: committee.id, name: committee.name }, ...children];
}

async function periodRowId(tx: Tx | ReturnType<typeof getDb>, calendar: string, code: CalendarPeriodCode): Promise<string | null> {
  const row = await tx.reportingPeriod.findFirst({ where: { calendar: calendar as "CALENDAR" | "STATE_CUTOFF", kind: code.kind, year: code.year, sequence: code.sequence, committeeId: null }, select: { id: true }, orderBy: { id: "asc" } });
  return row?.id ?? null;
}

/** The targets of a committee and its children for a period, as the page shows them. */
export async function targetsOfPeriod(viewer: Viewer, input: { ban?: string | undefined; ky?: string | undefined }, clock: Clock = systemClock): Promise<TargetsPage> {
  const db = getDb();
  const committee = await chooseCommittee(db, viewer, input.ban);
  const period = await choosePeriod(db, viewer, committee.id, input.ky, clock);
  if (!can(viewer, "read", await resourceOf(db as unknown as Tx, viewer, "target", committee.id, period.startsOn))) throw new NotFoundError("target");
  const committees = await committeesOfPage(db, committee, period.startsOn, period.endsOn);
  const periodId =
    period.code.kind === "PHASE"
      ? ((await db.reportingPeriod.findFirst({ where: { campaignPhaseId: period.code.phaseId }, select: { id: true } }))?.id ?? null)
      : await periodRowId(db, period.calendar, period.code);
  const [indicators, rows] = await Promise.all([
    db.indicator.findMany({ where: { active: true }, select: { id: true, code: true, name: true, unit: true, source: true }, orderBy: [{ position: "asc" }, { name: "asc" }] }),
    periodId ? db.target.findMany({ where: { periodId, committeeId: { in: committees.map((c) => c.id) } }, select: { committeeId: true, indicatorId: true, plannedValue: true, version: true } }) : Promise.resolve([]),
  ]);
  const previous = period.code.kind === "PHASE" ? null : await periodRowId(db, period.calendar, previousPeriod(period.code));
  const canCopy = previous !== null && (await db.target.count({ where: { periodId: previous, committeeId: { in: committees.map((c) => c.id) } } })) > 0;
  return {
    committee: { id: committee.id, name: committee.name },
    code: period.code,
    startsOn: period.startsOn,
    endsOn: period.endsOn,
    phase: period.phase ? { name: period.phase.name, campaignName: period.phase.campaignName } : null,
    indicators: indicators.map((i) => ({ ...i, source: i.source as IndicatorSourceValue })),
    committees: await Promise.all(
      committees.map(async (c) => ({
        ...c,
        canSet: await setTargetAllowed(db, viewer, c.id, period.startsOn),
        targets: Object.fromEntries(rows.filter((r) => r.committeeId === c.id).map((r) => [r.indicatorId, { planned: r.plannedValue.toString(), version: r.version }])),
      })),
    ),
    canCopy,
  };
}

const DECIMAL_ERRORS: Record<string, MessageKey> = {
  invalid: "validation.number",
  negative: "validation.notNegative",
  decimals: "validation.decimals",
  tooLarge: "validation.numberTooLarge",
  fraction: "validation.decimals",
};

/** A typed target: whole đồng for money indicators ("950 triệu" too), else a decimal with two decimals at most; empty clears it. */
function plannedValue(text: string, source: IndicatorSourceValue, field: string): string | null {
  if (text.trim() === "") return null;
  if (isMoneySource(source)) {
    const parsed = parseVnd(text);
    if (!parsed.ok) throw new RuleViolation(DECIMAL_ERRORS[parsed.error] ?? "validation.number", field);
    return parsed.value.toString();
  }
  const parsed = parseDecimal(text, { maxDecimals: 2, maxIntegerDigits: 18 });
  if (!parsed.ok) throw new RuleViolation(DECIMAL_ERRORS[parsed.error] ?? "validation.number", field);
  return parsed.fraction ? `${parsed.integer}.${parsed.fraction}` : parsed.integer;
}

async function resolvePage(tx: Tx, viewer: Viewer, ban: string, ky: string, clock: Clock) {
  const committee = await chooseCommittee(tx, viewer, ban);
  const code = parsePeriodCode(ky);
  if (committee.id !== ban || !code) throw new NotFoundError("target");
  const period = await choosePeriod(tx, viewer, committee.id, ky, clock);
  if (formatPeriodCode(period.code) !== formatPeriodCode(code)) throw new NotFoundError("target");
  return { committee, period };
}

/**
 * Saves the typed targets of the page: each changed cell of a committee the
 * viewer sets targets for, based on the version the page showed (a cell
 * changed by someone else since is refused, nothing written). One
 * transaction, one audit event per changed target.
 */
export async function saveTargets(viewer: Viewer, input: TargetsInput, clock: Clock = systemClock): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const { committee, period } = await resolvePage(tx, viewer, input.ban, input.ky, clock);
    const committees = await committeesOfPage(tx, committee, period.startsOn, period.endsOn);
    const indicators = new Map((await tx.indicator.findMany({ where: { active: true }, select: { id: true, source: true } })).map((i) => [i.id, i.source as IndicatorSourceValue]));
    const { id: periodId } = await ensureReportingPeriod(tx, period, period.calendar);
    const existing = await tx.target.findMany({ where: { periodId, committeeId: { in: committees.map((c) => c.id) } }, select: { id: true, committeeId: true, indicatorId: true, plannedValue: true, version: true } });
    const entries: AuditEntry[] = [];
    const sentFor = new Set(Object.keys(input.cells).map((key) => key.split(".")[0]));
    for (const c of committees) {
      if (!(await setTargetAllowed(tx, viewer, c.id, period.startsOn))) {
        // A committee the viewer may only read: its boxes are not in the form, so sending them is refused.
        if (sentFor.has(c.id)) throw new RuleViolation("validation.targetNotAllowed");
        continue;
      }
      sentFor.delete(c.id);
      for (const [indicatorId, source] of indicators) {
        const field = targetField(c.id, indicatorId);
        const text = input.cells[`${c.id}.${indicatorId}`];
        if (text === undefined) continue;
        const value = plannedValue(text, source, field);
        const row = existing.find((t) => t.committeeId === c.id && t.indicatorId === indicatorId);
        const sentVersion = input.versions[`${c.id}.${indicatorId}`];
        if (row && sentVersion !== row.version) throw new StaleRecordError(null);
        if (!row && sentVersion !== undefined) throw new StaleRecordError(null);
        if (value === null) {
          if (!row) continue;
          await tx.target.delete({ where: { id: row.id } });
          entries.push({ action: "delete", entity: "target", entityId: row.id, committeeId: c.id, before: { indicatorId, planned: row.plannedValue.toString() } });
        } else if (!row) {
          const created = await tx.target.create({ data: { committeeId: c.id, periodId, indicatorId, plannedValue: value }, select: { id: true } });
          entries.push({ action: "create", entity: "target", entityId: created.id, committeeId: c.id, after: { indicatorId, period: formatPeriodCode(period.code), planned: value } });
        } else if (row.plannedValue.toString() !== new Prisma.Decimal(value).toString()) {
          await tx.target.update({ where: { id: row.id }, data: { plannedValue: value, version: { increment: 1 } } });
          entries.push({ action: "update", entity: "target", entityId: row.id, committeeId: c.id, before: { planned: row.plannedValue.toString() }, after: { planned: value } });
        }
      }
    }
    // Boxes of a committee that is not on the page.
    if (sentFor.size > 0) throw new RuleViolation("validation.targetNotAllowed");
    await auditMany(tx, viewer, entries);
  });
}

/** Copies last period's targets (same kind, the period before) where this period has none yet, for the committees the viewer sets. */
export async function copyPreviousTargets(viewer: Viewer, input: { ban: string; ky: string }, clock: Clock = systemClock): Promise<number> {
  return getDb().$transaction(async (tx) => {
    const { committee, period } = await resolvePage(tx, viewer, input.ban, input.ky, clock);
    if (period.code.kind === "PHASE") return 0;
    const previousCode = previousPeriod(period.code);
    const previousId = await periodRowId(tx, period.calendar, previousCode);
    if (!previousId) return 0;
    const { id: periodId } = await ensureReportingPeriod(tx, period, period.calendar);
    const committees = await committeesOfPage(tx, committee, period.startsOn, period.endsOn);
    const allowedIds: string[] = [];
    for (const c of committees) if (await setTargetAllowed(tx, viewer, c.id, period.startsOn)) allowedIds.push(c.id);
    if (allowedIds.length === 0) throw new RuleViolation("validation.targetNotAllowed");
    const copied = await tx.$queryRaw<{ id: string; committee_id: string; indicator_id: string; planned: string }[]>`
      insert into targets (id, committee_id, period_id, indicator_id, planned_value, updated_at)
      select 'tgt_' || md5(random()::text || t.id), t.committee_id, ${periodId}, t.indicator_id, t.planned_value, now()
        from targets t join indicators i on i.id = t.indicator_id and i.active
       where t.period_id = ${previousId} and t.committee_id in (${Prisma.join(allowedIds)})
      on conflict (committee_id, period_id, indicator_id) do nothing
      returning id, committee_id, indicator_id, planned_value::text as planned`;
    await auditMany(
      tx,
      viewer,
      copied.map((row) => ({ action: "create", entity: "target", entityId: row.id, committeeId: row.committee_id, after: { indicatorId: row.indicator_id, period: formatPeriodCode(period.code), planned: row.planned, copiedFrom: formatPeriodCode(previousCode) } })),
    );
    return copied.length;
  });
}
