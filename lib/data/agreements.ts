import "server-only";
import { getDb, Prisma } from "@/lib/db";
import { can, type Viewer } from "@/lib/auth/policy";
import { agreementStatus, isUnreviewed, REVIEW_CONFERENCE_KINDS, type AgreementStatus } from "@/lib/agreements/status";
import type { ConferenceKind, IndicatorSource } from "@/lib/generated/prisma/enums";
import { viTranslator } from "@/lib/i18n/vietnamese";
import { calendarPeriodDates, formatPeriodCode, periodLabelValues, type CalendarPeriodCode } from "@/lib/periods";
import { systemClock, vietnamToday, type Clock } from "@/lib/time/vietnam";
import type { AgreementInput, UpdateAgreementInput } from "@/lib/validation/agreement";
import { audit, changedFields } from "./audit";
import { NotFoundError, RuleViolation } from "./errors";
import { assertPeriodsOpen } from "./records/period-locks";
import { requireRecordCommittee } from "./records/record-access";
import { storeFile, type CheckedFile } from "./records/stored-files";
import { claimVersion } from "./records/versions";
import { committeeScope, isRecordId, resourceOf } from "./scope";

type Tx = Prisma.TransactionClient;
type Db = Tx | ReturnType<typeof getDb>;

/** Where the refusals of the record's committee and date are shown on the form. */
const FIELDS = { committee: "committeeId", date: "signedOn" };

/** Indicator sources the records linked to an agreement can deliver. */
export const COUNTABLE_SOURCES: readonly IndicatorSource[] = ["ACTIVITY_QUANTITY", "ACTIVITY_VALUE", "HOUSE_COUNT", "HOUSE_VALUE", "CONFERENCE_COUNT"];

/**
 * Who reads an agreement (shared records): the viewer's lineage holds the
 * committee that keeps it or a committee that signed it. SQL on the alias
 * `a` (agreements), evaluated inside the query like every scope.
 */
export function agreementScope(viewer: Viewer): Prisma.Sql {
  return Prisma.sql`(${committeeScope(viewer, "record", Prisma.sql`a.committee_id`)}
    or exists (select 1 from agreement_parties sp
                where sp.agreement_id = a.id and sp.committee_id is not null
                  and ${committeeScope(viewer, "record", Prisma.sql`sp.committee_id`)}))`;
}

/** The agreement if the viewer reads it (and it is not deleted); NotFoundError otherwise. */
async function readableAgreement(db: Db, viewer: Viewer, id: string, lock = false): Promise<{ id: string; committee_id: string; signed_on: Date }> {
  if (!isRecordId(id)) throw new NotFoundError("agreement");
  const [row] = await db.$queryRaw<{ id: string; committee_id: string; signed_on: Date }[]>`
    select a.id, a.committee_id, a.signed_on from agreements a
     where a.id = ${id} and a.deleted_at is null and ${agreementScope(viewer)}
     ${lock ? Prisma.sql`for update of a` : Prisma.empty}`;
  if (!row) throw new NotFoundError("agreement");
  return row;
}

// ───────────────────────────── Reading one agreement ─────────────────────────────

export type ProgressRow = {
  taskId: string;
  /** null: every record linked to the agreement, whatever its date. */
  period: { id: string; kind: CalendarPeriodCode["kind"]; year: number; sequence: number; startsOn: Date; endsOn: Date } | null;
  planned: string | null;
  delivered: string | null;
};

/**
 * Each task's plan against what the records linked to the agreement
 * delivered, per planned period and in all, counted in SQL by the task's
 * indicator with THE one definition of delivered (indicator_contributions,
 * as the dashboard): activities (sum of quantity or value), houses handed
 * over (count or value, of the indicator's housing programme), conferences
 * held (of the indicator's kind). Deleted records never count.
 */
export async function agreementProgress(db: Db, agreementId: string): Promise<ProgressRow[]> {
  const rows = await db.$queryRaw<
    { task_id: string; period_id: string | null; kind: string | null; year: number | null; sequence: number | null; starts_on: Date | null; ends_on: Date | null; planned: string | null; delivered: string | null }[]
  >`
    with task_rows as (
      select t.id as task_id, t.position, t.indicator_id, i.source, i.housing_programme_id, i.conference_kind,
             p.id as period_id, p.kind::text as kind, p.year, p.sequence, p.starts_on, p.ends_on, tt.planned_value
        from agreement_tasks t
        join indicators i on i.id = t.indicator_id
        join agreement_task_targets tt on tt.task_id = t.id
        join reporting_periods p on p.id = tt.period_id
       where t.agreement_id = ${agreementId}
      union all
      select t.id, t.position, t.indicator_id, i.source, i.housing_programme_id, i.conference_kind,
             null, null, null, null, null::date, null::date, null
        from agreement_tasks t
        join indicators i on i.id = t.indicator_id
       where t.agreement_id = ${agreementId}
    )
    select r.task_id, r.period_id, r.kind, r.year, r.sequence, r.starts_on, r.ends_on, r.planned_value::text as planned,
           (select case when bool_or(x.is_count) then count(distinct x.record_id)::numeric else coalesce(sum(x.amount), 0) end
              from indicator_contributions(coalesce(r.starts_on, '-infinity'::date), coalesce(r.ends_on, 'infinity'::date)) x
             where x.indicator_id = r.indicator_id and x.agreement_id = ${agreementId})::text as delivered
      from task_rows r
     order by r.position, r.starts_on nulls last, r.ends_on desc, r.period_id`;
  return rows.map((row) => ({
    taskId: row.task_id,
    period:
      row.period_id && row.kind && row.year !== null && row.sequence !== null && row.starts_on && row.ends_on
        ? { id: row.period_id, kind: row.kind as CalendarPeriodCode["kind"], year: row.year, sequence: row.sequence, startsOn: row.starts_on, endsOn: row.ends_on }
        : null,
    planned: row.planned,
    delivered: row.delivered,
  }));
}

export type LinkedConference = {
  id: string;
  title: string;
  kind: ConferenceKind;
  heldOn: Date;
  version: number;
  committeeId: string;
  committeeName: string;
  review: boolean;
};

/** The conferences held under the agreement (not deleted), oldest first; reviews (sơ kết, tổng kết) marked. */
export async function linkedConferences(db: Db, agreementId: string): Promise<LinkedConference[]> {
  const rows = await db.$queryRaw<{ id: string; title: string; kind: ConferenceKind; held_on: Date; version: number; committee_id: string; committee_name: string }[]>`
    select c.id, c.title, c.kind::text as kind, c.held_on, c.version, c.committee_id, cm.name as committee_name
      from conferences c join committees cm on cm.id = c.committee_id
     where c.agreement_id = ${agreementId} and c.deleted_at is null
     order by c.held_on, c.id`;
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    kind: row.kind,
    heldOn: row.held_on,
    version: row.version,
    committeeId: row.committee_id,
    committeeName: row.committee_name,
    review: (REVIEW_CONFERENCE_KINDS as readonly string[]).includes(row.kind),
  }));
}

const agreementSelect = {
  id: true,
  committeeId: true,
  number: true,
  title: true,
  signedOn: true,
  validFrom: true,
  validTo: true,
  endedOn: true,
  summary: true,
  illustrativeNote: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  createdBy: { select: { name: true } },
  updatedBy: { select: { name: true } },
  committee: { select: { id: true, name: true } },
  documentFile: { select: { id: true, byteSize: true, originalName: true, createdAt: true } },
  parties: {
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      id: true,
      isLead: true,
      signerName: true,
      signerTitle: true,
      committee: { select: { id: true, name: true, validFrom: true, validTo: true } },
      partner: { select: { id: true, name: true, kind: true } },
    },
  },
  tasks: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      position: true,
      content: true,
      responsible: true,
      responsiblePartyId: true,
      indicator: { select: { id: true, code: true, name: true, unit: true, source: true } },
      targets: {
        orderBy: [{ period: { startsOn: "asc" } }, { period: { endsOn: "desc" } }],
        select: { id: true, plannedValue: true, period: { select: { id: true, kind: true, year: true, sequence: true } } },
      },
    },
  },
} as const satisfies Prisma.AgreementSelect;

/**
 * One agreement the viewer reads (404 otherwise), with its parties, tasks and
 * plans, each task's plan against what was delivered, the conferences held
 * under it, its status and flag (computed for today in Vietnam), and what
 * the viewer may do to it.
 */
export async function getAgreement(viewer: Viewer, id: string, clock: Clock = systemClock) {
  const db = getDb();
  await readableAgreement(db, viewer, id);
  const agreement = await db.agreement.findUniqueOrThrow({ where: { id }, select: agreementSelect });
  const [resource, progress, conferences] = await Promise.all([
    resourceOf(db, viewer, "record", agreement.committeeId, agreement.signedOn),
    agreementProgress(db, id),
    linkedConferences(db, id),
  ]);
  const today = vietnamToday(clock);
  const reviews = conferences.filter((c) => c.review);
  return {
    ...agreement,
    tasks: agreement.tasks.map((task) => ({
      ...task,
      targets: task.targets.map((target) => ({ id: target.id, planned: target.plannedValue.toString(), period: target.period })),
      progress: progress.filter((row) => row.taskId === task.id),
    })),
    status: agreementStatus(agreement, today) satisfies AgreementStatus,
    flagged: isUnreviewed(agreement, reviews.length, today),
    reviews,
    otherConferences: conferences.filter((c) => !c.review),
    canUpdate: can(viewer, "update", resource),
    canDelete: can(viewer, "delete", resource),
  };
}

export type AgreementDetail = Awaited<ReturnType<typeof getAgreement>>;

/** The signed document's bytes, after the same read check as the agreement's page; null when none is attached. */
export async function agreementDocument(viewer: Viewer, id: string) {
  const db = getDb();
  await readableAgreement(db, viewer, id);
  const agreement = await db.agreement.findUnique({
    where: { id },
    select: { documentFile: { select: { contentType: true, data: true, sha256: true, originalName: true, byteSize: true } } },
  });
  return agreement?.documentFile ?? null;
}

// ───────────────────────────── Form choices ─────────────────────────────

export type PartyChoices = {
  committees: { id: string; name: string; validFrom: Date; validTo: Date | null }[];
  partners: { id: string; name: string; committeeName: string }[];
  indicators: { id: string; name: string; unit: string }[];
};

/**
 * What an agreement's parties and tasks are chosen from: every committee
 * (agreements link committees across provinces; current ones first), the
 * partners the viewer reads, the active indicators that records linked to an
 * agreement can deliver. `keep` adds the parties an agreement already has.
 */
export async function agreementChoices(viewer: Viewer, keep: { partnerIds?: string[]; indicatorIds?: string[] } = {}): Promise<PartyChoices> {
  const db = getDb();
  const keepPartners = keep.partnerIds ?? [];
  const keepIndicators = keep.indicatorIds ?? [];
  const [committees, partners, indicators] = await Promise.all([
    db.$queryRaw<{ id: string; name: string; valid_from: Date; valid_to: Date | null }[]>`
      select id, name, valid_from, valid_to from committees order by valid_to is not null, name, id`,
    db.$queryRaw<{ id: string; name: string; committee_name: string }[]>`
      select p.id, p.name, c.name as committee_name from partners p join committees c on c.id = p.committee_id
       where ${committeeScope(viewer, "partner", Prisma.sql`p.committee_id`)} or p.id = any(${keepPartners}::text[])
       order by p.name, p.id`,
    db.indicator.findMany({
      where: { OR: [{ active: true, source: { in: [...COUNTABLE_SOURCES] } }, { id: { in: keepIndicators } }] },
      select: { id: true, name: true, unit: true },
      orderBy: [{ position: "asc" }, { name: "asc" }],
    }),
  ]);
  return {
    committees: committees.map((c) => ({ id: c.id, name: c.name, validFrom: c.valid_from, validTo: c.valid_to })),
    partners: partners.map((p) => ({ id: p.id, name: p.name, committeeName: p.committee_name })),
    indicators,
  };
}

// ───────────────────────────── Writes ─────────────────────────────

/**
 * The parties' committees exist and were alive on the day of signing, the
 * partners are ones the viewer reads (or already signed this agreement), the
 * keeper is among the parties, the tasks' indicators can be counted.
 */
async function checkPartiesAndTasks(tx: Tx, viewer: Viewer, input: AgreementInput, existingPartnerIds: readonly string[] = []) {
  const committeeIds = input.parties.flatMap((p) => (p.committeeId ? [p.committeeId] : []));
  const partnerIds = input.parties.flatMap((p) => (p.partnerId ? [p.partnerId] : []));
  const committees = new Map(
    (await tx.committee.findMany({ where: { id: { in: committeeIds } }, select: { id: true, validFrom: true, validTo: true } })).map((c) => [c.id, c]),
  );
  for (const party of input.parties) {
    if (!party.committeeId) continue;
    const committee = committees.get(party.committeeId);
    const field = `parties.${party.row}.committeeId`;
    if (!committee) throw new RuleViolation("validation.committee", field);
    if (input.signedOn < committee.validFrom || (committee.validTo && input.signedOn > committee.validTo)) {
      throw new RuleViolation("validation.dateOutsideCommittee", field);
    }
  }
  if (partnerIds.length > 0) {
    const readable = new Set(
      (
        await tx.$queryRaw<{ id: string }[]>`
          select p.id from partners p
           where p.id = any(${partnerIds}::text[])
             and (${committeeScope(viewer, "partner", Prisma.sql`p.committee_id`)} or p.id = any(${[...existingPartnerIds]}::text[]))`
      ).map((p) => p.id),
    );
    const missing = input.parties.find((p) => p.partnerId && !readable.has(p.partnerId));
    if (missing) throw new RuleViolation("agreements.validation.partner", `parties.${missing.row}.partnerId`);
  }
  const indicatorIds = [...new Set(input.tasks.flatMap((t) => (t.indicatorId ? [t.indicatorId] : [])))];
  const indicators = new Map((await tx.indicator.findMany({ where: { id: { in: indicatorIds } }, select: { id: true, source: true } })).map((i) => [i.id, i]));
  for (const task of input.tasks) {
    if (!task.indicatorId) continue;
    const indicator = indicators.get(task.indicatorId);
    if (!indicator) throw new RuleViolation("agreements.validation.indicator", `tasks.${task.row}.indicatorId`);
    if (!COUNTABLE_SOURCES.includes(indicator.source)) throw new RuleViolation("agreements.validation.indicatorNotCountable", `tasks.${task.row}.indicatorId`);
  }
}

/**
 * The shared calendar period a code names (the reporting_periods row without
 * a committee), created with its Vietnamese label when no one has used it
 * yet. An advisory lock per code keeps two saves from creating it twice.
 */
async function calendarPeriodId(tx: Tx, code: CalendarPeriodCode): Promise<string> {
  const where = { calendar: "CALENDAR" as const, kind: code.kind, year: code.year, sequence: code.sequence, committeeId: null };
  const found = await tx.reportingPeriod.findFirst({ where, select: { id: true }, orderBy: { id: "asc" } });
  if (found) return found.id;
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`reporting-period:CALENDAR:${formatPeriodCode(code)}`})::bigint)`;
  const again = await tx.reportingPeriod.findFirst({ where, select: { id: true }, orderBy: { id: "asc" } });
  if (again) return again.id;
  const { startsOn, endsOn } = calendarPeriodDates("CALENDAR", code);
  const label = viTranslator("periods.label", periodLabelValues(code.kind, code.year, code.sequence));
  return (await tx.reportingPeriod.create({ data: { ...where, label, startsOn, endsOn }, select: { id: true } })).id;
}

/** Writes the parties, then the tasks (naming their responsible party) and their planned figures. */
async function writePartiesAndTasks(tx: Tx, agreementId: string, input: AgreementInput) {
  const partyIdByRow = new Map<number, string>();
  for (const [position, party] of input.parties.entries()) {
    const created = await tx.agreementParty.create({
      data: {
        agreementId,
        committeeId: party.committeeId,
        partnerId: party.partnerId,
        isLead: party.lead,
        position,
        signerName: party.signerName,
        signerTitle: party.signerTitle,
      },
      select: { id: true },
    });
    partyIdByRow.set(party.row, created.id);
  }
  for (const [index, task] of input.tasks.entries()) {
    const created = await tx.agreementTask.create({
      data: {
        agreementId,
        position: index + 1,
        content: task.content,
        responsible: task.responsible,
        responsiblePartyId: partyIdByRow.get(task.responsibleRow) ?? null,
        indicatorId: task.indicatorId,
      },
      select: { id: true },
    });
    for (const target of task.targets) {
      await tx.agreementTaskTarget.create({ data: { taskId: created.id, periodId: await calendarPeriodId(tx, target.period), plannedValue: target.planned } });
    }
  }
}

/** What the audit trail and the history show of an agreement: its fields, and its parties and tasks as readable text. */
async function snapshot(tx: Tx, agreementId: string) {
  const a = await tx.agreement.findUniqueOrThrow({
    where: { id: agreementId },
    select: {
      committeeId: true,
      number: true,
      title: true,
      signedOn: true,
      validFrom: true,
      validTo: true,
      endedOn: true,
      summary: true,
      documentFileId: true,
      parties: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, isLead: true, committee: { select: { name: true } }, partner: { select: { name: true } } } },
      tasks: {
        orderBy: { position: "asc" },
        select: {
          content: true,
          responsibleParty: { select: { committee: { select: { name: true } }, partner: { select: { name: true } } } },
          indicator: { select: { name: true } },
          targets: { select: { plannedValue: true, period: { select: { label: true, startsOn: true } } } },
        },
      },
    },
  });
  const partyName = (p: { committee: { name: string } | null; partner: { name: string } | null } | null) => p?.committee?.name ?? p?.partner?.name ?? "";
  const { parties, tasks, ...fields } = a;
  return {
    ...fields,
    parties: parties.map((p) => `${partyName(p)}${p.isLead ? " *" : ""}`).join("; "),
    tasks: tasks
      .map((t) => {
        const targets = [...t.targets].sort((x, y) => x.period.startsOn.getTime() - y.period.startsOn.getTime()).map((x) => `${x.period.label}: ${x.plannedValue.toString()}`);
        return [t.content, partyName(t.responsibleParty), t.indicator?.name ?? "", targets.join(", ")].filter(Boolean).join(" | ");
      })
      .join("\n"),
  };
}

function recordFields(input: AgreementInput) {
  return {
    committeeId: input.committeeId,
    number: input.number,
    title: input.title,
    signedOn: input.signedOn,
    validFrom: input.validFrom,
    validTo: input.validTo,
    endedOn: input.endedOn,
    summary: input.summary,
  };
}

/** A party or lead the constraints refuse reaches the form as its rule, never as a 500. */
function constraintRefusal(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    const target = JSON.stringify(error.meta ?? {});
    if (target.includes("one_lead") || target.includes("is_lead")) throw new RuleViolation("agreements.validation.oneLead", "parties");
    throw new RuleViolation("agreements.validation.partyTwice", "parties");
  }
  throw error;
}

/**
 * Creates an agreement for a committee the viewer records for, dated on a
 * day outside locked periods, with its parties, tasks, plans and signed
 * document (already checked by content), in one transaction; audited.
 */
export async function createAgreement(viewer: Viewer, input: AgreementInput, document: CheckedFile | null = null): Promise<{ id: string }> {
  return getDb()
    .$transaction(async (tx) => {
      await requireRecordCommittee(tx, viewer, "create", input.committeeId, input.signedOn, FIELDS);
      await assertPeriodsOpen(tx, [{ committeeId: input.committeeId, on: input.signedOn }], "signedOn");
      await checkPartiesAndTasks(tx, viewer, input);
      const documentFileId = document ? await storeFile(tx, viewer, document) : null;
      const agreement = await tx.agreement.create({
        data: { ...recordFields(input), documentFileId, createdById: viewer.id, updatedById: viewer.id },
        select: { id: true },
      });
      await writePartiesAndTasks(tx, agreement.id, input);
      await audit(tx, viewer, { action: "create", entity: "agreement", entityId: agreement.id, committeeId: input.committeeId, after: await snapshot(tx, agreement.id) });
      return agreement;
    })
    .catch(constraintRefusal);
}

/**
 * Saves an edit made on the version the form was loaded with (a stale one is
 * refused naming who saved first). The viewer must read the agreement (404
 * otherwise) and may act for its committee on its date, old and new; both
 * dates lie outside locked periods. Parties, tasks and plans are replaced
 * as the form sends them; the document is kept, replaced or removed.
 */
export async function updateAgreement(viewer: Viewer, id: string, input: UpdateAgreementInput, document: CheckedFile | null = null): Promise<void> {
  await getDb()
    .$transaction(async (tx) => {
      const current = await readableAgreement(tx, viewer, id, true);
      const resource = await resourceOf(tx, viewer, "record", current.committee_id, current.signed_on);
      if (!can(viewer, "update", resource)) throw new RuleViolation("agreements.validation.notYours");
      await claimVersion(tx, "agreement", id, input.version, viewer);
      await requireRecordCommittee(tx, viewer, "update", input.committeeId, input.signedOn, FIELDS);
      await assertPeriodsOpen(
        tx,
        [
          { committeeId: current.committee_id, on: current.signed_on },
          { committeeId: input.committeeId, on: input.signedOn },
        ],
        "signedOn",
      );
      const existingPartners = await tx.agreementParty.findMany({ where: { agreementId: id, partnerId: { not: null } }, select: { partnerId: true } });
      await checkPartiesAndTasks(
        tx,
        viewer,
        input,
        existingPartners.flatMap((p) => (p.partnerId ? [p.partnerId] : [])),
      );
      const before = await snapshot(tx, id);
      const oldFileId = before.documentFileId;
      let documentFileId = oldFileId;
      if (document) documentFileId = await storeFile(tx, viewer, document);
      else if (input.removeDocument) documentFileId = null;

      await tx.agreement.update({ where: { id }, data: { ...recordFields(input), documentFileId } });
      if (oldFileId && oldFileId !== documentFileId) await tx.storedFile.delete({ where: { id: oldFileId } });
      await tx.agreementTask.deleteMany({ where: { agreementId: id } });
      await tx.agreementParty.deleteMany({ where: { agreementId: id } });
      await writePartiesAndTasks(tx, id, input);
      const after = await snapshot(tx, id);
      await audit(tx, viewer, { action: "update", entity: "agreement", entityId: id, committeeId: input.committeeId, ...changedFields(before, after) });
    })
    .catch(constraintRefusal);
}

// ───────────────────────────── New and edit forms ─────────────────────────────

/** The agreement as its edit form shows it: fields, parties and tasks as rows. */
export async function agreementForEdit(viewer: Viewer, id: string) {
  const agreement = await getAgreement(viewer, id);
  if (!agreement.canUpdate) throw new NotFoundError("agreement");
  return agreement;
}

/** The day agreements' statuses are computed for (Vietnam). */
export function agreementsToday(clock: Clock = systemClock): Date {
  return vietnamToday(clock);
}
