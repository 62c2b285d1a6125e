import "server-only";
import { getDb, Prisma } from "@/lib/db";
import { can, type Viewer } from "@/lib/auth/policy";
import { vietnamToday } from "@/lib/time/vietnam";
import type { CreatePartnerInput, MergePartnerInput, UpdatePartnerInput } from "@/lib/validation/partner";
import { audit, changedFields } from "./audit";
import { NotFoundError, RuleViolation, StaleRecordError } from "./errors";
import { isRecordId, resourceOf } from "./scope";

type Tx = Prisma.TransactionClient;

const partnerSelect = {
  id: true,
  name: true,
  shortName: true,
  kind: true,
  committeeId: true,
  address: true,
  phone: true,
  email: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  committee: { select: { id: true, name: true, level: true } },
} as const;

/** One partner the viewer may read, with what the viewer may do to it; 404 otherwise. */
export async function getPartner(viewer: Viewer, id: string) {
  if (!isRecordId(id)) throw new NotFoundError("partner");
  const db = getDb();
  const partner = await db.partner.findUnique({ where: { id }, select: partnerSelect });
  if (!partner) throw new NotFoundError("partner");
  const resource = await resourceOf(db, viewer, "partner", partner.committeeId);
  if (!can(viewer, "read", resource)) throw new NotFoundError("partner");
  return { ...partner, canUpdate: can(viewer, "update", resource), canMerge: can(viewer, "delete", resource) };
}

/** Committees the viewer may keep partners for: every current one for admins, their own otherwise. */
export async function listPartnerCommitteeChoices(viewer: Viewer): Promise<{ id: string; name: string }[]> {
  const today = vietnamToday();
  const current = { validFrom: { lte: today }, OR: [{ validTo: null }, { validTo: { gte: today } }] };
  const choices = await getDb().committee.findMany({
    where: viewer.role === "ADMIN" ? current : viewer.committeeId ? { id: viewer.committeeId } : { id: { in: [] } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  return choices.filter((c) => can(viewer, "create", { type: "partner", committeeId: c.id }));
}

/** The other partners of the same committee, which the viewer may merge into this one. */
export async function listMergeCandidates(viewer: Viewer, id: string): Promise<{ id: string; name: string; shortName: string }[]> {
  const partner = await getPartner(viewer, id);
  if (!partner.canMerge) return [];
  return getDb().partner.findMany({
    where: { committeeId: partner.committeeId, id: { not: partner.id } },
    select: { id: true, name: true, shortName: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}

/** The partner's committee must exist and be one the viewer may act for. */
async function requireCommittee(tx: Tx, viewer: Viewer, committeeId: string, action: "create" | "update") {
  const committee = await tx.committee.findUnique({ where: { id: committeeId }, select: { id: true } });
  if (!committee || !can(viewer, action, await resourceOf(tx, viewer, "partner", committeeId))) {
    throw new RuleViolation("validation.committee", "committeeId");
  }
}

/** Two partners of one committee cannot share a name. */
function duplicateName(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new RuleViolation("validation.partnerNameTaken", "name");
  throw error;
}

export async function createPartner(viewer: Viewer, input: CreatePartnerInput) {
  return getDb().$transaction(async (tx) => {
    await requireCommittee(tx, viewer, input.committeeId, "create");
    const partner = await tx.partner
      .create({ data: input, select: { id: true, name: true, shortName: true, kind: true, committeeId: true, address: true, phone: true, email: true } })
      .catch(duplicateName);
    await audit(tx, viewer, { action: "create", entity: "partner", entityId: partner.id, committeeId: partner.committeeId, after: partner });
    return partner;
  });
}

/** The partner as the form saw it, if the viewer may change it: 404 when not, stale when its version moved on. */
async function partnerToChange(tx: Tx, viewer: Viewer, id: string, version: number, action: "update" | "delete") {
  if (!isRecordId(id)) throw new NotFoundError("partner");
  const partner = await tx.partner.findUnique({
    where: { id },
    select: { id: true, name: true, shortName: true, kind: true, committeeId: true, address: true, phone: true, email: true, version: true },
  });
  if (!partner) throw new NotFoundError("partner");
  const resource = await resourceOf(tx, viewer, "partner", partner.committeeId);
  if (!can(viewer, "read", resource)) throw new NotFoundError("partner");
  if (!can(viewer, action, resource)) throw new RuleViolation(action === "update" ? "validation.partnerNotYours" : "validation.partnerMergeNotAllowed");
  if (partner.version !== version) throw new StaleRecordError();
  return partner;
}

export async function updatePartner(viewer: Viewer, id: string, input: UpdatePartnerInput) {
  return getDb().$transaction(async (tx) => {
    const before = await partnerToChange(tx, viewer, id, input.version, "update");
    const { version, ...fields } = input;
    if (fields.committeeId !== before.committeeId) await requireCommittee(tx, viewer, fields.committeeId, "update");
    const { count } = await tx.partner.updateMany({ where: { id, version }, data: { ...fields, version: { increment: 1 } } }).catch(duplicateName);
    if (count === 0) throw new StaleRecordError();
    await audit(tx, viewer, { action: "update", entity: "partner", entityId: id, committeeId: fields.committeeId, ...changedFields(before, fields) });
  });
}

/**
 * Merges the duplicate into the survivor, in one transaction: every link
 * (agreement parties, conference co-hosts, house fundings, activity partners)
 * moves to the survivor, an activity already linked to both keeps one link,
 * the duplicate is deleted and the merge is audited with both ids. The viewer
 * must be allowed to update the survivor and to delete the duplicate.
 */
export async function mergePartners(viewer: Viewer, survivorId: string, input: MergePartnerInput) {
  if (survivorId === input.duplicateId) throw new RuleViolation("validation.partnerMergeSelf", "duplicateId");
  return getDb().$transaction(async (tx) => {
    const survivor = await partnerToChange(tx, viewer, survivorId, input.version, "update");
    if (!can(viewer, "delete", await resourceOf(tx, viewer, "partner", survivor.committeeId))) throw new RuleViolation("validation.partnerMergeNotAllowed");
    const duplicate = isRecordId(input.duplicateId)
      ? await tx.partner.findUnique({ where: { id: input.duplicateId }, select: { id: true, name: true, shortName: true, kind: true, committeeId: true, address: true, phone: true, email: true } })
      : null;
    if (!duplicate || !can(viewer, "delete", await resourceOf(tx, viewer, "partner", duplicate.committeeId))) {
      throw new RuleViolation("validation.partnerDuplicate", "duplicateId");
    }
    const moved = {
      agreementParties: (await tx.agreementParty.updateMany({ where: { partnerId: duplicate.id }, data: { partnerId: survivor.id } })).count,
      // A conference co-hosted by both keeps the survivor's row (one row per party and conference).
      conferenceCoHosts: await tx.$executeRaw`
        update conference_co_hosts h set partner_id = ${survivor.id}
         where h.partner_id = ${duplicate.id}
           and not exists (select 1 from conference_co_hosts s where s.conference_id = h.conference_id and s.partner_id = ${survivor.id})`,
      houseFundings: (await tx.houseFunding.updateMany({ where: { contributorPartnerId: duplicate.id }, data: { contributorPartnerId: survivor.id } })).count,
      activityPartners: await tx.$executeRaw`
        update activity_partners ap set partner_id = ${survivor.id}
         where ap.partner_id = ${duplicate.id}
           and not exists (select 1 from activity_partners s where s.activity_id = ap.activity_id and s.partner_id = ${survivor.id})`,
    };
    // Activities and conferences linked to both keep the survivor's link; the duplicate's goes.
    await tx.activityPartner.deleteMany({ where: { partnerId: duplicate.id } });
    await tx.conferenceCoHost.deleteMany({ where: { partnerId: duplicate.id } });
    await tx.partner.delete({ where: { id: duplicate.id } });
    const { count } = await tx.partner.updateMany({ where: { id: survivor.id, version: input.version }, data: { version: { increment: 1 } } });
    if (count === 0) throw new StaleRecordError();
    await audit(tx, viewer, {
      action: "merge",
      entity: "partner",
      entityId: survivor.id,
      committeeId: survivor.committeeId,
      before: { survivor: { id: survivor.id, name: survivor.name }, duplicate },
      after: { survivorId: survivor.id, mergedId: duplicate.id, moved },
    });
    return moved;
  });
}
