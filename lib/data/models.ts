import "server-only";
import { getDb, Prisma } from "@/lib/db";
import { can, type Viewer } from "@/lib/auth/policy";
import type { CreateModelInput, UpdateModelInput } from "@/lib/validation/model";
import { audit, changedFields } from "./audit";
import { campaignReadScope } from "./conferences";
import { NotFoundError, RuleViolation } from "./errors";
import { assertPeriodsOpen, type DatedCommittee } from "./records/period-locks";
import { requireRecordCommittee, type RecordFields } from "./records/record-access";
import { attachPhotos, photoBytes, photosOf, removePhotos, type CheckedFile } from "./records/stored-files";
import { claimVersion } from "./records/versions";
import { committeeScope, isRecordId, resourceOf } from "./scope";

type Tx = Prisma.TransactionClient;

// Exemplary models (mô hình, điển hình "Dân vận khéo"): a committee registers
// a model on a day, within a campaign or not; it may later be recognised as
// effective at a level on a day. A model counts in the period of each of its
// two days, so both are checked against locked periods.

/** Where the form shows a refusal of the committee or the date. */
const FIELDS: RecordFields = { committee: "committeeId", date: "registeredOn" };

/** The viewer reads a model of a committee of their scope. `alias` is the exemplary_models table's. */
export function modelReadScope(viewer: Viewer, alias: string): Prisma.Sql {
  return committeeScope(viewer, "record", Prisma.sql`${Prisma.raw(alias)}.committee_id`);
}

const modelSelect = {
  id: true,
  committeeId: true,
  campaignId: true,
  name: true,
  field: true,
  status: true,
  recognitionLevel: true,
  registeredOn: true,
  recognisedOn: true,
  description: true,
  illustrativeNote: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  committee: { select: { id: true, name: true } },
  campaign: { select: { id: true, name: true, deletedAt: true } },
  createdBy: { select: { name: true } },
  updatedBy: { select: { name: true } },
} as const satisfies Prisma.ExemplaryModelSelect;

async function visibleModel(tx: Tx, viewer: Viewer, id: string): Promise<string> {
  if (!isRecordId(id)) throw new NotFoundError("model");
  const [visible] = await tx.$queryRaw<{ id: string }[]>`
    select m.id from exemplary_models m where m.id = ${id} and m.deleted_at is null and ${modelReadScope(viewer, "m")}`;
  if (!visible) throw new NotFoundError("model");
  return visible.id;
}

export type ModelDetail = Awaited<ReturnType<typeof getModel>>;

/** One model the viewer reads, with its photos and what the viewer may do to it; 404 for anything else, deleted ones included. */
export async function getModel(viewer: Viewer, id: string) {
  const db = getDb();
  const row = await db.exemplaryModel.findUnique({ where: { id: await visibleModel(db, viewer, id) }, select: modelSelect });
  if (!row) throw new NotFoundError("model");
  const resource = await resourceOf(db, viewer, "record", row.committeeId, row.registeredOn);
  const { campaign, ...fields } = row;
  return {
    ...fields,
    campaign: campaign && !campaign.deletedAt ? { id: campaign.id, name: campaign.name } : null,
    photos: await photosOf(db, { modelId: row.id }),
    canUpdate: can(viewer, "update", resource),
    canDelete: can(viewer, "delete", resource),
  };
}

/** One photo of a model (full size or thumbnail) after the model's read check: 404 when unreadable, null when not the model's. */
export async function getModelPhoto(viewer: Viewer, id: string, photoId: string, variant: "full" | "thumbnail") {
  if (!isRecordId(photoId)) throw new NotFoundError("model");
  const db = getDb();
  return photoBytes(db, { modelId: await visibleModel(db, viewer, id) }, photoId, variant);
}

// ───────────────────────────── Writes ─────────────────────────────

/** A campaign the viewer reads; the one a model already names stays allowed. */
async function requireCampaign(tx: Tx, viewer: Viewer, id: string | null, keep: string | null): Promise<void> {
  if (!id || id === keep) return;
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    select k.id from campaigns k where k.id = ${id} and k.deleted_at is null and ${campaignReadScope(viewer, "k")}`;
  if (!row) throw new RuleViolation("validation.conferenceCampaign", "campaignId");
}

/** The (committee, day) pairs a model is counted under: registration, and recognition once recognised. */
function countedOn(model: { committeeId: string; registeredOn: Date; recognisedOn: Date | null }): DatedCommittee[] {
  return [model.registeredOn, model.recognisedOn].flatMap((on) => (on ? [{ committeeId: model.committeeId, on }] : []));
}

/** What the audit trail keeps of a model: its fields, with names for what it links to. */
async function snapshotOf(tx: Tx, id: string) {
  const row = await tx.exemplaryModel.findUniqueOrThrow({ where: { id }, select: { ...modelSelect, _count: { select: { photos: true } } } });
  return {
    committeeId: row.committeeId,
    committee: row.committee.name,
    name: row.name,
    field: row.field,
    campaign: row.campaign?.name ?? null,
    registeredOn: row.registeredOn,
    status: row.status,
    recognitionLevel: row.recognitionLevel,
    recognisedOn: row.recognisedOn,
    description: row.description,
    photos: row._count.photos,
  };
}

function modelData(input: CreateModelInput) {
  return {
    committeeId: input.committeeId,
    campaignId: input.campaignId,
    name: input.name,
    field: input.field,
    status: input.status,
    registeredOn: input.registeredOn,
    recognitionLevel: input.recognitionLevel,
    recognisedOn: input.recognisedOn,
    description: input.description,
  };
}

/** Records a model for a committee the viewer acts for, on a day the committee existed, outside locked periods; its photos in the same transaction; audited. */
export async function createModel(viewer: Viewer, input: CreateModelInput, photos: readonly CheckedFile[] = []): Promise<{ id: string }> {
  return getDb().$transaction(async (tx) => {
    await requireRecordCommittee(tx, viewer, "create", input.committeeId, input.registeredOn, FIELDS);
    await assertPeriodsOpen(tx, countedOn(input), FIELDS.date);
    await requireCampaign(tx, viewer, input.campaignId, null);
    const { id } = await tx.exemplaryModel.create({ data: { ...modelData(input), createdById: viewer.id, updatedById: viewer.id }, select: { id: true } });
    await attachPhotos(tx, viewer, { modelId: id }, photos);
    await audit(tx, viewer, { action: "create", entity: "model", entityId: id, committeeId: input.committeeId, after: await snapshotOf(tx, id) });
    return { id };
  });
}

/**
 * Changes a model from the version the form saw: refused naming who saved
 * first when it moved on; 404 when the viewer cannot read it; refused when
 * the old or the new (committee, days) is one the viewer may not write or
 * lies in a locked period. Photos added and removed in the same transaction.
 */
export async function updateModel(viewer: Viewer, id: string, input: UpdateModelInput, photos: readonly CheckedFile[] = []): Promise<void> {
  await getDb().$transaction(async (tx) => {
    await visibleModel(tx, viewer, id);
    await claimVersion(tx, "model", id, input.version, viewer);
    const old = await tx.exemplaryModel.findUniqueOrThrow({ where: { id }, select: { committeeId: true, registeredOn: true, recognisedOn: true, campaignId: true } });
    await requireRecordCommittee(tx, viewer, "update", old.committeeId, old.registeredOn, FIELDS);
    await requireRecordCommittee(tx, viewer, "update", input.committeeId, input.registeredOn, FIELDS);
    await assertPeriodsOpen(tx, [...countedOn(old), ...countedOn(input)], FIELDS.date);
    await requireCampaign(tx, viewer, input.campaignId, old.campaignId);
    const before = await snapshotOf(tx, id);
    await tx.exemplaryModel.update({ where: { id }, data: modelData(input) });
    await removePhotos(tx, { modelId: id }, input.removePhotos);
    await attachPhotos(tx, viewer, { modelId: id }, photos);
    const after = await snapshotOf(tx, id);
    await audit(tx, viewer, { action: "update", entity: "model", entityId: id, committeeId: input.committeeId, ...changedFields(before, after) });
  });
}
