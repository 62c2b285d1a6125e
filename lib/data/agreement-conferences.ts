import "server-only";
import { getDb, Prisma } from "@/lib/db";
import { can, type Viewer } from "@/lib/auth/policy";
import type { LinkConferenceInput } from "@/lib/validation/agreement";
import { agreementScope } from "./agreements";
import { audit } from "./audit";
import { NotFoundError, RuleViolation } from "./errors";
import { assertPeriodsOpen } from "./records/period-locks";
import { claimVersion } from "./records/versions";
import { committeeScope, isRecordId, resourceOf } from "./scope";

// "Gắn hội nghị": a conference held under an agreement points to it
// (conferences.agreement_id). Linking changes the conference, so it takes
// what every conference edit takes: the right to update it (the policy
// table, for its committee and date), its period open, the version the
// viewer saw, and an audit entry. The viewer must also read the agreement.

type Tx = Prisma.TransactionClient;

/** At most this many conferences are offered to link, the newest first. */
const CHOICES_LIMIT = 300;

const FIELD = "conference";

async function agreementFor(tx: Tx | ReturnType<typeof getDb>, viewer: Viewer, agreementId: string) {
  if (!isRecordId(agreementId)) throw new NotFoundError("agreement");
  const [agreement] = await tx.$queryRaw<{ id: string; signed_on: Date }[]>`
    select a.id, a.signed_on from agreements a where a.id = ${agreementId} and a.deleted_at is null and ${agreementScope(viewer)}`;
  if (!agreement) throw new NotFoundError("agreement");
  return agreement;
}

export type LinkableConference = { id: string; version: number; title: string; heldOn: Date; committeeName: string; otherAgreement: boolean };

/**
 * The conferences the viewer may update (the policy decides, per committee
 * and date) that are held on or after the agreement's signing and are not
 * yet linked to it; newest first.
 */
export async function linkableConferences(viewer: Viewer, agreementId: string): Promise<LinkableConference[]> {
  const db = getDb();
  const agreement = await agreementFor(db, viewer, agreementId);
  const rows = await db.$queryRaw<{ id: string; version: number; title: string; held_on: Date; committee_id: string; committee_name: string; agreement_id: string | null }[]>`
    select c.id, c.version, c.title, c.held_on, c.committee_id, cm.name as committee_name, c.agreement_id
      from conferences c join committees cm on cm.id = c.committee_id
     where c.deleted_at is null
       and c.agreement_id is distinct from ${agreementId}
       and c.held_on >= ${agreement.signed_on}
       and ${committeeScope(viewer, "record", Prisma.sql`c.committee_id`)}
     order by c.held_on desc, c.id
     limit ${CHOICES_LIMIT}`;
  const resources = new Map<string, Awaited<ReturnType<typeof resourceOf>>>();
  for (const committeeId of new Set(rows.map((row) => row.committee_id))) {
    resources.set(committeeId, await resourceOf(db, viewer, "record", committeeId));
  }
  return rows
    .filter((row) => can(viewer, "update", { ...resources.get(row.committee_id)!, on: row.held_on }))
    .map((row) => ({ id: row.id, version: row.version, title: row.title, heldOn: row.held_on, committeeName: row.committee_name, otherAgreement: row.agreement_id !== null }));
}

/** The conference as the viewer may change it: readable and updatable on its date, or refused at the form's field. */
async function conferenceToChange(tx: Tx, viewer: Viewer, conferenceId: string) {
  if (!isRecordId(conferenceId)) throw new RuleViolation("agreements.validation.conference", FIELD);
  const [conference] = await tx.$queryRaw<{ id: string; committee_id: string; held_on: Date; agreement_id: string | null }[]>`
    select id, committee_id, held_on, agreement_id from conferences where id = ${conferenceId} and deleted_at is null for update`;
  if (!conference) throw new RuleViolation("agreements.validation.conference", FIELD);
  const resource = await resourceOf(tx, viewer, "record", conference.committee_id, conference.held_on);
  if (!can(viewer, "update", resource)) throw new RuleViolation("agreements.validation.conference", FIELD);
  return conference;
}

async function setAgreement(tx: Tx, viewer: Viewer, conference: { id: string; committee_id: string; held_on: Date; agreement_id: string | null }, version: number, agreementId: string | null) {
  await claimVersion(tx, "conference", conference.id, version, viewer);
  await assertPeriodsOpen(tx, [{ committeeId: conference.committee_id, on: conference.held_on }], FIELD);
  await tx.conference.update({ where: { id: conference.id }, data: { agreementId } });
  await audit(tx, viewer, {
    action: "update",
    entity: "conference",
    entityId: conference.id,
    committeeId: conference.committee_id,
    before: { agreementId: conference.agreement_id },
    after: { agreementId },
  });
}

/** Links a conference to the agreement (moving it from another agreement, if it had one). */
export async function linkConference(viewer: Viewer, agreementId: string, input: LinkConferenceInput): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const agreement = await agreementFor(tx, viewer, agreementId);
    const conference = await conferenceToChange(tx, viewer, input.conference.id);
    if (conference.held_on < agreement.signed_on) throw new RuleViolation("agreements.validation.conferenceBeforeSigning", FIELD);
    await setAgreement(tx, viewer, conference, input.conference.version, agreement.id);
  });
}

/** Unlinks a conference from the agreement it was held under. */
export async function unlinkConference(viewer: Viewer, agreementId: string, input: LinkConferenceInput): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const agreement = await agreementFor(tx, viewer, agreementId);
    const conference = await conferenceToChange(tx, viewer, input.conference.id);
    if (conference.agreement_id !== agreement.id) throw new RuleViolation("agreements.validation.conference", FIELD);
    await setAgreement(tx, viewer, conference, input.conference.version, null);
  });
}

/** Which of the conferences held under an agreement the viewer may update (and so unlink). */
export async function updatableConferences(viewer: Viewer, conferences: readonly { id: string; committeeId: string; heldOn: Date }[]): Promise<Set<string>> {
  const db = getDb();
  const resources = new Map<string, Awaited<ReturnType<typeof resourceOf>>>();
  for (const committeeId of new Set(conferences.map((c) => c.committeeId))) resources.set(committeeId, await resourceOf(db, viewer, "record", committeeId));
  return new Set(conferences.filter((c) => can(viewer, "update", { ...resources.get(c.committeeId)!, on: c.heldOn })).map((c) => c.id));
}
