import "server-only";
import { getDb, type Prisma } from "@/lib/db";
import { can, type Viewer } from "@/lib/auth/policy";
import { RuleViolation } from "../errors";
import { resourceOf } from "../scope";

type Tx = Prisma.TransactionClient;

export type RecordWrite = "create" | "update" | "delete";

/** Where a refusal is shown on the form. */
export type RecordFields = { committee: string; date: string };

const DEFAULT_FIELDS: RecordFields = { committee: "committeeId", date: "date" };

/**
 * A record is written for a committee on a date: the committee must exist and
 * be alive that day (from valid_from to valid_to), and be one the viewer may
 * act for then (their own, or an ended predecessor they carry, for dates
 * before its end). `on` is null for records not yet dated (a house still
 * being built): then only the committee is checked.
 */
export async function requireRecordCommittee(
  tx: Tx,
  viewer: Viewer,
  action: RecordWrite,
  committeeId: string,
  on: Date | null,
  fields: RecordFields = DEFAULT_FIELDS,
): Promise<void> {
  const [refusal] = await checkRecordCommittees(tx, viewer, action, [{ committeeId, on }]);
  if (refusal) throw new RuleViolation(refusal.code, fields[refusal.field]);
}

/** Why a record cannot be written for its committee on its date, and at which of the two fields. */
export type RecordCommitteeRefusal = { code: "validation.committee" | "validation.recordCommittee" | "validation.dateOutsideCommittee"; field: keyof RecordFields };

/**
 * The same rule for many records at once (a bulk import): one refusal or
 * null per entry, reading each distinct committee once.
 */
export async function checkRecordCommittees(
  tx: Tx,
  viewer: Viewer,
  action: RecordWrite,
  entries: readonly { committeeId: string; on: Date | null }[],
): Promise<(RecordCommitteeRefusal | null)[]> {
  const ids = [...new Set(entries.map((entry) => entry.committeeId))];
  const committees = new Map(
    (await tx.committee.findMany({ where: { id: { in: ids } }, select: { id: true, validFrom: true, validTo: true } })).map((c) => [c.id, c]),
  );
  const resources = new Map<string, Awaited<ReturnType<typeof resourceOf>>>();
  for (const id of committees.keys()) resources.set(id, await resourceOf(tx, viewer, "record", id));
  return entries.map(({ committeeId, on }) => {
    const committee = committees.get(committeeId);
    const resource = resources.get(committeeId);
    if (!committee || !resource) return { code: "validation.committee", field: "committee" };
    // Undated, a record cannot be filed for an ended predecessor (the policy needs its date).
    if (!can(viewer, action, on ? { ...resource, on } : resource)) return { code: "validation.recordCommittee", field: "committee" };
    if (on && (on < committee.validFrom || (committee.validTo !== null && on > committee.validTo))) return { code: "validation.dateOutsideCommittee", field: "date" };
    return null;
  });
}

export type RecordCommitteeChoice = { id: string; name: string; validFrom: Date; validTo: Date | null; own: boolean };

/**
 * The committees the viewer records for: their own and the ended ones it
 * carries as primary successor (for dates before their end); every committee
 * for admins. Forms default to the one alive on the chosen date.
 */
export async function recordCommitteeChoices(viewer: Viewer): Promise<RecordCommitteeChoice[]> {
  const db = getDb();
  const rows =
    viewer.role === "ADMIN"
      ? await db.$queryRaw<{ id: string; name: string; valid_from: Date; valid_to: Date | null }[]>`
          select id, name, valid_from, valid_to from committees order by valid_to is not null, name, id`
      : viewer.committeeId === null
        ? []
        : await db.$queryRaw<{ id: string; name: string; valid_from: Date; valid_to: Date | null }[]>`
          select c.id, c.name, c.valid_from, c.valid_to
            from committee_reach(${viewer.committeeId}) r join committees c on c.id = r.committee_id
           where r.relation in ('own', 'primaryPredecessor')
           order by r.relation = 'own' desc, c.valid_to desc nulls first, c.name, c.id`;
  const choices = rows.map((row) => ({ id: row.id, name: row.name, validFrom: row.valid_from, validTo: row.valid_to, own: row.id === viewer.committeeId }));
  return choices.filter((choice) => can(viewer, "create", { type: "record", committeeId: choice.id, relation: choice.own ? "own" : "primaryPredecessor", committeeEndedOn: choice.validTo, on: choice.validTo ?? choice.validFrom }));
}

// The committee a form proposes for a date (pure: the forms use it as the date changes).
export { defaultRecordCommittee } from "@/lib/records/default-committee";
