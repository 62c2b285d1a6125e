import "server-only";
import { firstFreeSlug, slugOf } from "@/lib/text/slug";
import { getDb, Prisma } from "@/lib/db";
import { can, type Viewer } from "@/lib/auth/policy";
import type { CommitteeKind, CommitteeLevel, SuccessionKind } from "@/lib/generated/prisma/client";
import type { MessageKey } from "@/lib/i18n/message-key";
import { vietnamToday } from "@/lib/time/vietnam";
import type {
  CorrectCommitteeNameInput,
  CreateCommitteeInput,
  EndCommitteeInput,
  MergeCommitteesInput,
  MoveCommitteeInput,
  RenameCommitteeInput,
  SplitCommitteeInput,
} from "@/lib/validation/committee-tree";
import { audit, changedFields } from "./audit";
import { NotFoundError, RuleViolation, StaleRecordError } from "./errors";
import { isRecordId } from "./scope";

// Changes to the committee tree, each effective on a date: create, correct a
// name in place, rename (a new committee), move (a new dated parent), end,
// merge and split. Admins only. Each change is one transaction, takes the
// tree lock (so the checks below read what the previous change wrote),
// writes nothing before its date, and is audited committee by committee.
// Parent spans of one committee never overlap (an exclusion constraint
// backs the checks); readable_committee_ids and committee_reach read the
// tables as they stand, in the same transaction.

type Tx = Prisma.TransactionClient;

const DAY_MS = 86_400_000;
const dayBefore = (day: Date) => new Date(day.getTime() - DAY_MS);
const dayAfter = (day: Date) => new Date(day.getTime() + DAY_MS);

const committeeSelect = {
  id: true,
  name: true,
  shortName: true,
  level: true,
  kind: true,
  locality: true,
  validFrom: true,
  validTo: true,
  address: true,
  phone: true,
  email: true,
  headName: true,
  headTitle: true,
  version: true,
} as const;

type Committee = Prisma.CommitteeGetPayload<{ select: typeof committeeSelect }>;
type Span = { id: string; parentId: string; validFrom: Date; validTo: Date | null };

const refuse = (key: MessageKey, field?: string): never => {
  throw new RuleViolation(key, field);
};

/** Only those who keep the tree (admins) change it; for anyone else these changes do not exist. */
export function requireTreeKeeper(viewer: Viewer): void {
  if (!can(viewer, "update", { type: "committeeTree", committeeId: null })) throw new NotFoundError("committee");
}

/** One tree change at a time: cycle and overlap checks read what the change before wrote. */
export async function lockTree(tx: Tx): Promise<void> {
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtext('committee_tree'))`;
}

function activeOn(committee: Pick<Committee, "validFrom" | "validTo">, day: Date): boolean {
  return committee.validFrom.getTime() <= day.getTime() && (committee.validTo === null || committee.validTo.getTime() >= day.getTime());
}

type Reader = Pick<Tx, "committee">;

/** The committee a change is about: 404 when it does not exist. */
async function committeeOf(tx: Reader, id: string): Promise<Committee> {
  const found = isRecordId(id) ? await tx.committee.findUnique({ where: { id }, select: committeeSelect }) : null;
  if (!found) throw new NotFoundError("committee");
  return found;
}

/** A committee chosen in the form: a refusal at its field when it does not exist. */
async function chosenCommittee(tx: Tx, id: string, field: string): Promise<Committee> {
  const found = isRecordId(id) ? await tx.committee.findUnique({ where: { id }, select: committeeSelect }) : null;
  return found ?? refuse("validation.committee", field);
}

/** A parent chosen in the form must exist and be active on the day the link starts. */
async function activeParent(tx: Tx, id: string, on: Date, field: string): Promise<Committee> {
  const parent = await chosenCommittee(tx, id, field);
  if (!activeOn(parent, on)) refuse("committeeAdmin.errors.parentNotOnDate", field);
  return parent;
}

async function spansOf(tx: Tx, committeeId: string): Promise<Span[]> {
  return tx.committeeParent.findMany({ where: { committeeId }, select: { id: true, parentId: true, validFrom: true, validTo: true }, orderBy: { validFrom: "asc" } });
}

function covers(span: Span, day: Date): boolean {
  return span.validFrom.getTime() <= day.getTime() && (span.validTo === null || span.validTo.getTime() >= day.getTime());
}

/**
 * Ends the committee's parent link on `lastDay` (the link that covers that
 * day, if it runs past it) and returns it. A link that starts after
 * `lastDay` would be changed retroactively: refused.
 */
async function endParentLinkOn(tx: Tx, committeeId: string, lastDay: Date, field: string): Promise<Span | null> {
  const spans = await spansOf(tx, committeeId);
  if (spans.some((span) => span.validFrom.getTime() > lastDay.getTime())) refuse("committeeAdmin.errors.laterChange", field);
  const current = spans.find((span) => covers(span, lastDay)) ?? null;
  if (current && (current.validTo === null || current.validTo.getTime() > lastDay.getTime())) {
    await tx.committeeParent.update({ where: { id: current.id }, data: { validTo: lastDay } });
  }
  return current;
}

/**
 * Whether placing `committeeId` under `parentId` from `from` on would make it
 * its own ancestor on some day: walks up from the parent over every link
 * that overlaps the days still in question, narrowing them at each step.
 */
async function makesCycle(tx: Tx, committeeId: string, parentId: string, from: Date): Promise<boolean> {
  if (committeeId === parentId) return true;
  const [row] = await tx.$queryRaw<{ cycle: boolean }[]>`
    with recursive up(id, lo, hi) as (
      select ${parentId}::text, ${from}::date, 'infinity'::date
      union
      select p.parent_id, greatest(u.lo, p.valid_from), least(u.hi, coalesce(p.valid_to, 'infinity'::date))
        from up u
        join committee_parents p on p.committee_id = u.id
       where p.valid_from <= u.hi and coalesce(p.valid_to, 'infinity'::date) >= u.lo
    )
    select exists (select 1 from up where id = ${committeeId}) as cycle`;
  return row?.cycle === true;
}

async function requireNoCycle(tx: Tx, committeeId: string, parentId: string, from: Date, field: string): Promise<void> {
  if (await makesCycle(tx, committeeId, parentId, from)) refuse("committeeAdmin.errors.cycle", field);
}

/** Committees still under `committeeId` after `lastDay`. */
async function childrenAfter(tx: Tx, committeeId: string, lastDay: Date): Promise<number> {
  return tx.committeeParent.count({ where: { parentId: committeeId, OR: [{ validTo: null }, { validTo: { gt: lastDay } }] } });
}

/**
 * The committees under `fromId` from `on` move under `toId` from that day:
 * their links are ended the day before and new ones opened (a link that
 * starts on or after `on` is re-pointed: nothing before `on` changes).
 */
async function moveChildren(tx: Tx, viewer: Viewer, fromId: string, toId: string, on: Date, field: string): Promise<void> {
  const links = await tx.committeeParent.findMany({
    where: { parentId: fromId, OR: [{ validTo: null }, { validTo: { gte: on } }] },
    select: { id: true, committeeId: true, validFrom: true, validTo: true },
    orderBy: { committeeId: "asc" },
  });
  for (const link of links) {
    if (link.validFrom.getTime() < on.getTime()) {
      await tx.committeeParent.update({ where: { id: link.id }, data: { validTo: dayBefore(on) } });
      await tx.committeeParent.create({ data: { committeeId: link.committeeId, parentId: toId, validFrom: on, validTo: link.validTo } });
    } else {
      await tx.committeeParent.update({ where: { id: link.id }, data: { parentId: toId } });
    }
    await requireNoCycle(tx, link.committeeId, toId, on, field);
    await audit(tx, viewer, {
      action: "move",
      entity: "committee",
      entityId: link.committeeId,
      committeeId: link.committeeId,
      before: { parentId: fromId },
      after: { parentId: toId, from: on },
    });
  }
}

/** An ended committee has at most one primary successor: refuse a second. */
async function requireNoPrimarySuccessor(tx: Tx, predecessorId: string, field: string): Promise<void> {
  if (await tx.committeeSuccession.findFirst({ where: { predecessorId, primary: true }, select: { id: true } })) refuse("committeeAdmin.errors.onePrimary", field);
}

async function addSuccession(tx: Tx, predecessorId: string, successorId: string, kind: SuccessionKind, effectiveOn: Date, primary: boolean): Promise<void> {
  await tx.committeeSuccession.create({ data: { predecessorId, successorId, kind, effectiveOn, primary } });
}

/** Ends a committee on `lastDay`, as the form saw it (`version`) when given. */
async function endCommitteeRow(tx: Tx, committee: Committee, lastDay: Date, version?: number): Promise<void> {
  const { count } = await tx.committee.updateMany({
    where: { id: committee.id, version: version ?? committee.version },
    data: { validTo: lastDay, version: { increment: 1 } },
  });
  if (count === 0) throw new StaleRecordError();
}

/** "Ban Dân vận xã Mỹ Hòa" → "ban-dan-van-xa-my-hoa", unique among committees (under the tree lock). */
async function uniqueSlug(tx: Tx, name: string): Promise<string> {
  const base = slugOf(name, "don-vi");
  const taken = new Set(
    (await tx.committee.findMany({ where: { OR: [{ slug: base }, { slug: { startsWith: `${base}-` } }] }, select: { slug: true } })).map((c) => c.slug),
  );
  return firstFreeSlug(base, taken);
}

type NewCommittee = { name: string; shortName: string; level: CommitteeLevel; kind: CommitteeKind; locality: string; validFrom: Date; parentId: string | null };

/** A new committee row, with its first parent link (checked: active parent, no cycle). */
async function insertCommittee(tx: Tx, viewer: Viewer, fields: NewCommittee, contact: Partial<Pick<Committee, "address" | "phone" | "email">> = {}, extra: Record<string, string> = {}) {
  const { parentId, ...data } = fields;
  const created = await tx.committee.create({
    data: { ...data, ...contact, slug: await uniqueSlug(tx, fields.name) },
    select: { id: true, slug: true, name: true, shortName: true, level: true, kind: true, locality: true, validFrom: true },
  });
  if (parentId) await tx.committeeParent.create({ data: { committeeId: created.id, parentId, validFrom: fields.validFrom, validTo: null } });
  await audit(tx, viewer, { action: "create", entity: "committee", entityId: created.id, committeeId: created.id, after: { ...created, parentId, ...extra } });
  return created;
}

function transaction<T>(viewer: Viewer, run: (tx: Tx) => Promise<T>): Promise<T> {
  requireTreeKeeper(viewer);
  return getDb().$transaction(async (tx) => {
    await lockTree(tx);
    return run(tx);
  });
}

/** A new committee under a parent active on its first day, in the caller's transaction (the tree locked, the viewer a tree keeper); audited. */
export async function createCommitteeIn(tx: Tx, viewer: Viewer, input: CreateCommitteeInput, extra: { importBatchId?: string } = {}): Promise<{ id: string }> {
  if (input.parentId) await activeParent(tx, input.parentId, input.validFrom, "parentId");
  const created = await insertCommittee(tx, viewer, input, {}, extra);
  return { id: created.id };
}

export async function createCommittee(viewer: Viewer, input: CreateCommitteeInput): Promise<{ id: string }> {
  return transaction(viewer, (tx) => createCommitteeIn(tx, viewer, input));
}

/** A mistake in the name, corrected on the committee itself: its history stays as it is. */
export async function correctCommitteeName(viewer: Viewer, id: string, input: CorrectCommitteeNameInput): Promise<{ id: string }> {
  return transaction(viewer, async (tx) => {
    const before = await committeeOf(tx, id);
    const fields = { name: input.name, shortName: input.shortName };
    const { count } = await tx.committee.updateMany({ where: { id, version: input.version }, data: { ...fields, version: { increment: 1 } } });
    if (count === 0) throw new StaleRecordError();
    await audit(tx, viewer, { action: "update", entity: "committee", entityId: id, committeeId: id, ...changedFields(before, fields) });
    return { id };
  });
}

/**
 * A new name with a new scope: the committee ends the day before
 * `effectiveOn`; a new committee with the new name starts that day under the
 * same parent, takes over the committees under it and succeeds it (RENAME,
 * primary).
 */
export async function renameCommittee(viewer: Viewer, id: string, input: RenameCommitteeInput): Promise<{ id: string }> {
  return transaction(viewer, async (tx) => {
    const old = await committeeOf(tx, id);
    const on = input.effectiveOn;
    if (old.validTo !== null) refuse("committeeAdmin.errors.ended");
    if (on.getTime() <= old.validFrom.getTime()) refuse("committeeAdmin.errors.successionBeforeStart", "effectiveOn");
    if (input.name === old.name) refuse("committeeAdmin.errors.sameName", "name");
    await requireNoPrimarySuccessor(tx, old.id, "effectiveOn");
    const parentId = (await endParentLinkOn(tx, old.id, dayBefore(on), "effectiveOn"))?.parentId ?? null;
    if (parentId) await activeParent(tx, parentId, on, "effectiveOn");
    const renamed = await insertCommittee(
      tx,
      viewer,
      { name: input.name, shortName: input.shortName, level: old.level, kind: input.kind, locality: input.locality, validFrom: on, parentId },
      { address: old.address, phone: old.phone, email: old.email },
    );
    await endCommitteeRow(tx, old, dayBefore(on), input.version);
    await moveChildren(tx, viewer, old.id, renamed.id, on, "effectiveOn");
    await addSuccession(tx, old.id, renamed.id, "RENAME", on, true);
    await audit(tx, viewer, {
      action: "rename",
      entity: "committee",
      entityId: old.id,
      committeeId: old.id,
      before: { name: old.name, validTo: null },
      after: { successorId: renamed.id, name: renamed.name, validTo: dayBefore(on) },
    });
    return { id: renamed.id };
  });
}

/**
 * A new parent from `effectiveOn`: the current link ends the day before, a
 * new one opens that day. Links before the date stay as recorded.
 */
export async function moveCommittee(viewer: Viewer, id: string, input: MoveCommitteeInput): Promise<{ id: string }> {
  return transaction(viewer, async (tx) => {
    const committee = await committeeOf(tx, id);
    const on = input.effectiveOn;
    if (on.getTime() < committee.validFrom.getTime()) refuse("committeeAdmin.errors.beforeStart", "effectiveOn");
    if (committee.validTo !== null && on.getTime() > committee.validTo.getTime()) refuse("committeeAdmin.errors.ended", "effectiveOn");
    if (input.parentId === id) refuse("committeeAdmin.errors.cycle", "parentId");
    await activeParent(tx, input.parentId, on, "parentId");
    const spans = await spansOf(tx, id);
    if (spans.some((span) => span.validFrom.getTime() >= on.getTime())) refuse("committeeAdmin.errors.laterChange", "effectiveOn");
    const current = spans.find((span) => covers(span, dayBefore(on))) ?? null;
    const continuing = current !== null && (current.validTo === null || current.validTo.getTime() >= on.getTime());
    if (continuing && current.parentId === input.parentId) refuse("committeeAdmin.errors.sameParent", "parentId");
    if (await makesCycle(tx, id, input.parentId, on)) refuse("committeeAdmin.errors.cycle", "parentId");
    if (continuing) await tx.committeeParent.update({ where: { id: current.id }, data: { validTo: dayBefore(on) } });
    await tx.committeeParent.create({ data: { committeeId: id, parentId: input.parentId, validFrom: on, validTo: committee.validTo } });
    const { count } = await tx.committee.updateMany({ where: { id, version: input.version }, data: { version: { increment: 1 } } });
    if (count === 0) throw new StaleRecordError();
    await audit(tx, viewer, {
      action: "move",
      entity: "committee",
      entityId: id,
      committeeId: id,
      before: { parentId: continuing ? current.parentId : null },
      after: { parentId: input.parentId, from: on },
    });
    return { id };
  });
}

/**
 * The committee's last day. A successor, if named, takes over its duties the
 * next day (TRANSFER, primary). Committees still under it after that day must
 * be moved first.
 */
export async function endCommittee(viewer: Viewer, id: string, input: EndCommitteeInput): Promise<{ id: string }> {
  return transaction(viewer, async (tx) => {
    const committee = await committeeOf(tx, id);
    const lastDay = input.validTo;
    if (committee.validTo !== null) refuse("committeeAdmin.errors.ended", "validTo");
    if (lastDay.getTime() < committee.validFrom.getTime()) refuse("committeeAdmin.errors.endBeforeStart", "validTo");
    if ((await childrenAfter(tx, id, lastDay)) > 0) refuse("committeeAdmin.errors.hasChildren", "validTo");
    let successorId: string | null = null;
    if (input.successorId) {
      const successor = await chosenCommittee(tx, input.successorId, "successorId");
      if (successor.id === id) refuse("committeeAdmin.errors.self", "successorId");
      if (successor.validTo !== null) refuse("committeeAdmin.errors.ended", "successorId");
      if (successor.validFrom.getTime() > dayAfter(lastDay).getTime()) refuse("committeeAdmin.errors.notYetActive", "successorId");
      await requireNoPrimarySuccessor(tx, id, "successorId");
      successorId = successor.id;
    }
    await endParentLinkOn(tx, id, lastDay, "validTo");
    await endCommitteeRow(tx, committee, lastDay, input.version);
    if (successorId) await addSuccession(tx, id, successorId, "TRANSFER", dayAfter(lastDay), true);
    await audit(tx, viewer, { action: "end", entity: "committee", entityId: id, committeeId: id, before: { validTo: null }, after: { validTo: lastDay, successorId } });
    return { id };
  });
}

/**
 * Merges the committee `id` and the others chosen into one committee (an
 * existing one, or a new one created here) from `effectiveOn`: each ends the
 * day before, the committees under them move to the merged one, and it is
 * the primary successor of each (MERGE).
 */
export async function mergeCommittees(viewer: Viewer, id: string, input: MergeCommitteesInput): Promise<{ id: string }> {
  return transaction(viewer, async (tx) => {
    const first = await committeeOf(tx, id);
    const on = input.effectiveOn;
    const lastDay = dayBefore(on);
    const sources: { committee: Committee; field: string }[] = [{ committee: first, field: "effectiveOn" }];
    for (const [index, otherId] of input.others.entries()) {
      if (otherId === null) continue;
      const field = `others.${index}`;
      if (otherId === id) refuse("committeeAdmin.errors.self", field);
      if (sources.some((source) => source.committee.id === otherId)) refuse("committeeAdmin.errors.repeated", field);
      sources.push({ committee: await chosenCommittee(tx, otherId, field), field });
    }
    const existingTarget = input.target.existing ? await chosenCommittee(tx, input.target.existing, "targetId") : null;
    if (existingTarget) {
      if (existingTarget.id === id) refuse("committeeAdmin.errors.self", "targetId");
      if (sources.some((source) => source.committee.id === existingTarget.id)) refuse("committeeAdmin.errors.repeated", "targetId");
      if (existingTarget.validTo !== null) refuse("committeeAdmin.errors.mergeIntoEnded", "targetId");
      if (existingTarget.validFrom.getTime() > on.getTime()) refuse("committeeAdmin.errors.notYetActive", "targetId");
    } else if (sources.length < 2) {
      refuse("committeeAdmin.errors.mergeNeedsOther", "others.0");
    }
    for (const { committee, field } of sources) {
      if (committee.validTo !== null) refuse("committeeAdmin.errors.ended", committee.id === id ? undefined : field);
      if (on.getTime() <= committee.validFrom.getTime()) refuse("committeeAdmin.errors.successionBeforeStart", "effectiveOn");
      await requireNoPrimarySuccessor(tx, committee.id, field);
    }
    let target: { id: string };
    if (existingTarget) {
      target = existingTarget;
    } else {
      const fields = input.target.new!;
      if (fields.parentId === null && first.level !== "CENTRAL") refuse("committeeAdmin.errors.parentRequired", "parentId");
      if (fields.parentId !== null) {
        if (sources.some((source) => source.committee.id === fields.parentId)) refuse("committeeAdmin.errors.cycle", "parentId");
        await activeParent(tx, fields.parentId, on, "parentId");
      }
      target = await insertCommittee(tx, viewer, { ...fields, level: first.level, locality: first.locality, validFrom: on });
    }
    for (const { committee, field } of sources) {
      await endParentLinkOn(tx, committee.id, lastDay, committee.id === id ? "effectiveOn" : field);
      await endCommitteeRow(tx, committee, lastDay, committee.id === id ? input.version : undefined);
    }
    for (const { committee } of sources) await moveChildren(tx, viewer, committee.id, target.id, on, existingTarget ? "targetId" : "parentId");
    const targetParent = await tx.committeeParent.findFirst({ where: { committeeId: target.id, validFrom: { lte: on }, OR: [{ validTo: null }, { validTo: { gte: on } }] }, select: { parentId: true } });
    if (targetParent) await requireNoCycle(tx, target.id, targetParent.parentId, on, existingTarget ? "targetId" : "parentId");
    for (const { committee } of sources) {
      await addSuccession(tx, committee.id, target.id, "MERGE", on, true);
      await audit(tx, viewer, {
        action: "merge",
        entity: "committee",
        entityId: committee.id,
        committeeId: committee.id,
        before: { validTo: null },
        after: { validTo: lastDay, successorId: target.id },
      });
    }
    return { id: target.id };
  });
}

/**
 * Splits the committee from `effectiveOn` among two or more successors
 * (existing committees, or new ones with its level and parent), exactly one
 * of them primary. Committees under it must be moved first.
 */
export async function splitCommittee(viewer: Viewer, id: string, input: SplitCommitteeInput): Promise<{ id: string }> {
  return transaction(viewer, async (tx) => {
    const source = await committeeOf(tx, id);
    const on = input.effectiveOn;
    const lastDay = dayBefore(on);
    if (source.validTo !== null) refuse("committeeAdmin.errors.ended");
    if (on.getTime() <= source.validFrom.getTime()) refuse("committeeAdmin.errors.successionBeforeStart", "effectiveOn");
    if (input.successors.filter((successor) => successor.primary).length !== 1) refuse("committeeAdmin.errors.onePrimary", "primary");
    if (input.successors.length < 2) refuse("committeeAdmin.errors.splitNeedsTwo", "successors");
    if ((await childrenAfter(tx, id, lastDay)) > 0) refuse("committeeAdmin.errors.hasChildren", "effectiveOn");
    await requireNoPrimarySuccessor(tx, id, "primary");
    const chosen = new Set<string>();
    const existing = new Map<number, Committee>();
    for (const successor of input.successors) {
      if (!successor.existing) continue;
      const field = `successors.${successor.row}.committeeId`;
      if (successor.existing === id) refuse("committeeAdmin.errors.self", field);
      if (chosen.has(successor.existing)) refuse("committeeAdmin.errors.repeated", field);
      chosen.add(successor.existing);
      const committee = await chosenCommittee(tx, successor.existing, field);
      if (committee.validTo !== null) refuse("committeeAdmin.errors.ended", field);
      if (committee.validFrom.getTime() > on.getTime()) refuse("committeeAdmin.errors.notYetActive", field);
      existing.set(successor.row, committee);
    }
    const parentId = (await endParentLinkOn(tx, id, lastDay, "effectiveOn"))?.parentId ?? null;
    if (parentId && input.successors.some((successor) => successor.new)) await activeParent(tx, parentId, on, "effectiveOn");
    await endCommitteeRow(tx, source, lastDay, input.version);
    const successorIds: string[] = [];
    for (const successor of input.successors) {
      const committee =
        existing.get(successor.row) ??
        (await insertCommittee(tx, viewer, { ...successor.new!, level: source.level, kind: source.kind, locality: source.locality, validFrom: on, parentId }));
      await addSuccession(tx, id, committee.id, "SPLIT", on, successor.primary);
      successorIds.push(committee.id);
    }
    await audit(tx, viewer, {
      action: "split",
      entity: "committee",
      entityId: id,
      committeeId: id,
      before: { validTo: null },
      after: { validTo: lastDay, successorIds, primaryId: successorIds[input.successors.findIndex((successor) => successor.primary)] },
    });
    return { id };
  });
}

/** A committee as the change forms need it: admins only; its parent today (or on its last day). */
export async function getCommitteeForChange(viewer: Viewer, id: string) {
  requireTreeKeeper(viewer);
  const db = getDb();
  const committee = await committeeOf(db, id);
  const asOf = committee.validTo && committee.validTo.getTime() < vietnamToday().getTime() ? committee.validTo : vietnamToday();
  const link = await db.committeeParent.findFirst({
    where: { committeeId: id, validFrom: { lte: asOf }, OR: [{ validTo: null }, { validTo: { gte: asOf } }] },
    select: { parent: { select: { id: true, name: true } } },
  });
  return { ...committee, parent: link?.parent ?? null, ended: committee.validTo !== null };
}

/** Committees active today, for the change forms' lists (admins only), in Vietnamese order. */
export async function listActiveCommittees(viewer: Viewer): Promise<{ id: string; name: string; level: CommitteeLevel }[]> {
  requireTreeKeeper(viewer);
  const today = vietnamToday();
  return getDb().committee.findMany({
    where: { validFrom: { lte: today }, OR: [{ validTo: null }, { validTo: { gte: today } }] },
    select: { id: true, name: true, level: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}
