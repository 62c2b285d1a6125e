import "server-only";
import { cache } from "react";
import { getDb, type Prisma } from "@/lib/db";
import { can, type Relation, type Viewer } from "@/lib/auth/policy";
import type { CommitteeProfileInput } from "@/lib/validation/committee";
import { audit, changedFields } from "./audit";
import { NotFoundError, RuleViolation, StaleRecordError } from "./errors";
import { isRecordId, resourceOf } from "./scope";

/** Today's root of the tree (the oldest committee alive without a parent): the country's committee. */
export const ROOT_COMMITTEE = { where: { validTo: null, parentLinks: { none: {} } }, orderBy: { validFrom: "asc" } } satisfies Prisma.CommitteeFindFirstArgs;

const profileSelect = {
  id: true,
  slug: true,
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
  editorsPublish: true,
  version: true,
} as const;

export type CommitteeProfile = Awaited<ReturnType<typeof getCommitteeProfile>>;

/** A committee's profile, if the viewer may read its records. */
export async function getCommitteeProfile(viewer: Viewer, id: string) {
  if (!isRecordId(id)) throw new NotFoundError("committee");
  const db = getDb();
  const committee = await db.committee.findUnique({ where: { id }, select: profileSelect });
  const resource = committee ? await resourceOf(db, viewer, "record", committee.id) : null;
  if (!committee || !resource || !can(viewer, "read", resource)) throw new NotFoundError("committee");
  return { ...committee, canEdit: can(viewer, "update", resource), canRename: canRename(viewer), canSetEditorsPublish: canSetEditorsPublish(viewer, resource.relation ?? "other", committee.id) };
}

// Whether the committee's editors publish their own news is decided by those
// who publish it otherwise: its leaders and admins.
function canSetEditorsPublish(viewer: Viewer, relation: Relation, committeeId: string): boolean {
  return can(viewer, "publish", { type: "article", committeeId, relation, editorsPublish: false });
}

/** The profile for its edit form: only for viewers who may change it. */
export async function getCommitteeProfileForEdit(viewer: Viewer, id: string) {
  const profile = await getCommitteeProfile(viewer, id);
  if (!profile.canEdit) throw new NotFoundError("committee");
  return profile;
}

// A committee's name is official and public: only admins, who keep the
// committee tree, change it. Its own staff keep the contact details.
function canRename(viewer: Viewer): boolean {
  return can(viewer, "update", { type: "committeeTree", committeeId: null });
}

export async function updateCommitteeProfile(viewer: Viewer, input: CommitteeProfileInput) {
  const db = getDb();
  const { id } = input;
  if (!isRecordId(id)) throw new NotFoundError("committee");
  return db.$transaction(async (tx) => {
    const before = await tx.committee.findUnique({ where: { id }, select: profileSelect });
    if (!before || !can(viewer, "update", await resourceOf(tx, viewer, "record", before.id))) throw new NotFoundError("committee");
    const { name, shortName, address, phone, email, headName, headTitle, version } = input;
    // Absent when the form did not offer the setting: it stays as it is.
    const editorsPublish = input.editorsPublish ?? before.editorsPublish;
    const fields = { name, shortName, address, phone, email, headName, headTitle, editorsPublish };
    if ((name !== before.name || shortName !== before.shortName) && !canRename(viewer)) {
      throw new RuleViolation("committee.renameByAdmin", name !== before.name ? "name" : "shortName");
    }
    if (editorsPublish !== before.editorsPublish && !canSetEditorsPublish(viewer, (await resourceOf(tx, viewer, "article", id)).relation ?? "other", id)) {
      throw new RuleViolation("validation.articlePublishNotAllowed", "editorsPublish");
    }
    const { count } = await tx.committee.updateMany({
      where: { id, version },
      data: { ...fields, version: { increment: 1 } },
    });
    if (count === 0) throw new StaleRecordError();
    const diff = changedFields(before, fields);
    await audit(tx, viewer, { action: "update", entity: "committee", entityId: id, committeeId: id, ...diff });
    return { id, version: version + 1 };
  });
}

/** The name of the viewer's own committee (the frame and the dashboard ask: one query per request). */
export const getCommitteeName = cache(async (viewer: Viewer): Promise<string | null> => {
  if (!viewer.committeeId) return null;
  const committee = await getDb().committee.findUnique({ where: { id: viewer.committeeId }, select: { name: true } });
  return committee?.name ?? null;
});
