import "server-only";
import { getDb, Prisma } from "@/lib/db";
import { can, type Viewer } from "@/lib/auth/policy";
import { viTranslator } from "@/lib/i18n/vietnamese";
import { calendarPeriodDates, formatPeriodCode, periodLabelValues, type CalendarPeriodKind, type PeriodCode } from "@/lib/periods";
import type { CoHostRef, CreateConferenceInput, UpdateConferenceInput } from "@/lib/validation/conference";
import { timeText } from "@/lib/validation/record";
import { audit, changedFields } from "./audit";
import { NotFoundError, RuleViolation } from "./errors";
import { requireRecordCommittee, type RecordFields } from "./records/record-access";
import { assertPeriodsOpen } from "./records/period-locks";
import { attachPhotos, photoBytes, photosOf, removePhotos, type CheckedFile } from "./records/stored-files";
import { claimVersion } from "./records/versions";
import { committeeScope, isRecordId, resourceOf } from "./scope";

type Tx = Prisma.TransactionClient;

// Conferences (hội nghị): a host committee, co-hosts (committees and partner
// organisations), the period it reviews, the agreement or campaign it belongs
// to, photos. A committee named as co-host reads the conference (shared
// records) but only the host's side changes it.

/** Where the form shows a refusal of the committee or the date. */
const FIELDS: RecordFields = { committee: "committeeId", date: "heldOn" };

/** The installation's reporting calendar (a setting to come; calendar months until then). */
const CALENDAR = "CALENDAR" as const;

/**
 * The viewer reads a conference whose host lies in their scope, or that names
 * a committee of their scope as co-host. `alias` is the conferences table's.
 */
export function conferenceReadScope(viewer: Viewer, alias: string): Prisma.Sql {
  const c = Prisma.raw(alias);
  return Prisma.sql`(${committeeScope(viewer, "record", Prisma.sql`${c}.committee_id`)}
    or exists (select 1 from conference_co_hosts sh where sh.conference_id = ${c}.id and sh.committee_id is not null
                  and ${committeeScope(viewer, "record", Prisma.sql`sh.committee_id`)}))`;
}

/** Agreements the viewer reads: kept by a committee of their scope, or naming one as a party. */
function agreementReadScope(viewer: Viewer, alias: string): Prisma.Sql {
  const a = Prisma.raw(alias);
  return Prisma.sql`(${committeeScope(viewer, "record", Prisma.sql`${a}.committee_id`)}
    or exists (select 1 from agreement_parties ap where ap.agreement_id = ${a}.id and ap.committee_id is not null
                  and ${committeeScope(viewer, "record", Prisma.sql`ap.committee_id`)}))`;
}

/** Campaigns the viewer reads: nationwide ones and those launched within their scope. */
export function campaignReadScope(viewer: Viewer, alias: string): Prisma.Sql {
  const k = Prisma.raw(alias);
  return Prisma.sql`(${k}.committee_id is null or ${committeeScope(viewer, "record", Prisma.sql`${k}.committee_id`)})`;
}

const conferenceSelect = {
  id: true,
  committeeId: true,
  kind: true,
  title: true,
  heldOn: true,
  startTime: true,
  place: true,
  chairName: true,
  chairTitle: true,
  attendance: true,
  summary: true,
  conclusions: true,
  directions: true,
  illustrativeNote: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  committee: { select: { id: true, name: true } },
  period: { select: { kind: true, year: true, sequence: true, campaignPhaseId: true, campaignPhase: { select: { name: true, campaign: { select: { name: true } } } } } },
  agreement: { select: { id: true, title: true, number: true, deletedAt: true } },
  campaign: { select: { id: true, name: true, deletedAt: true } },
  coHosts: {
    select: { committee: { select: { id: true, name: true } }, partner: { select: { id: true, name: true } } },
    orderBy: { id: "asc" },
  },
  createdBy: { select: { name: true } },
  updatedBy: { select: { name: true } },
} as const satisfies Prisma.ConferenceSelect;

type ConferenceRow = Prisma.ConferenceGetPayload<{ select: typeof conferenceSelect }>;

export type ConferenceCoHost = { type: "committee" | "partner"; id: string; name: string };

export type ReviewedPeriod = {
  /** The `ky` code, for the form and the list's filter. */
  code: string;
  kind: CalendarPeriodKind | "PHASE";
  year: number;
  sequence: number;
  /** A campaign phase's own name and its campaign's. */
  phase: { name: string; campaignName: string } | null;
};

function reviewedPeriodOf(period: ConferenceRow["period"]): ReviewedPeriod | null {
  if (!period) return null;
  if (period.kind === "PHASE") {
    if (!period.campaignPhaseId || !period.campaignPhase) return null;
    return {
      code: formatPeriodCode({ kind: "PHASE", phaseId: period.campaignPhaseId }),
      kind: "PHASE",
      year: period.year,
      sequence: period.sequence,
      phase: { name: period.campaignPhase.name, campaignName: period.campaignPhase.campaign.name },
    };
  }
  return { code: formatPeriodCode({ kind: period.kind, year: period.year, sequence: period.sequence }), kind: period.kind, year: period.year, sequence: period.sequence, phase: null };
}

function coHostsOf(row: Pick<ConferenceRow, "coHosts">): ConferenceCoHost[] {
  return row.coHosts.flatMap((h): ConferenceCoHost[] =>
    h.committee ? [{ type: "committee", id: h.committee.id, name: h.committee.name }] : h.partner ? [{ type: "partner", id: h.partner.id, name: h.partner.name }] : [],
  );
}

function shape(row: ConferenceRow) {
  const { period, agreement, campaign, ...fields } = row;
  return {
    ...fields,
    reviewedPeriod: reviewedPeriodOf(period),
    agreement: agreement && !agreement.deletedAt ? { id: agreement.id, title: agreement.title, number: agreement.number } : null,
    campaign: campaign && !campaign.deletedAt ? { id: campaign.id, name: campaign.name } : null,
    coHosts: coHostsOf(row),
  };
}

export type ConferenceDetail = Awaited<ReturnType<typeof getConference>>;

/**
 * One conference the viewer reads (host in scope, or a co-host of their
 * scope), with its co-hosts and photos and what the viewer may do to it;
 * 404 for anything else, deleted ones included.
 */
export async function getConference(viewer: Viewer, id: string) {
  if (!isRecordId(id)) throw new NotFoundError("conference");
  const db = getDb();
  const [visible] = await db.$queryRaw<{ id: string }[]>`
    select c.id from conferences c where c.id = ${id} and c.deleted_at is null and ${conferenceReadScope(viewer, "c")}`;
  if (!visible) throw new NotFoundError("conference");
  const row = await db.conference.findUnique({ where: { id: visible.id }, select: conferenceSelect });
  if (!row) throw new NotFoundError("conference");
  const resource = await resourceOf(db, viewer, "record", row.committeeId, row.heldOn);
  const photos = await photosOf(db, { conferenceId: row.id });
  return {
    ...shape(row),
    photos,
    /** Read only because the viewer's committee co-hosts it. */
    shared: !can(viewer, "read", resource),
    canUpdate: can(viewer, "update", resource),
    canDelete: can(viewer, "delete", resource),
  };
}

/**
 * One photo of a conference (full size or thumbnail), after the same read
 * check as the conference: 404 when the viewer cannot read it; null when the
 * photo is not the conference's.
 */
export async function getConferencePhoto(viewer: Viewer, id: string, photoId: string, variant: "full" | "thumbnail") {
  if (!isRecordId(id) || !isRecordId(photoId)) throw new NotFoundError("conference");
  const db = getDb();
  const [visible] = await db.$queryRaw<{ id: string }[]>`
    select c.id from conferences c where c.id = ${id} and c.deleted_at is null and ${conferenceReadScope(viewer, "c")}`;
  if (!visible) throw new NotFoundError("conference");
  return photoBytes(db, { conferenceId: visible.id }, photoId, variant);
}

// ───────────────────────────── Form choices ─────────────────────────────

export type CommitteeChoice = { id: string; name: string; validTo: Date | null };
export type NamedChoice = { id: string; name: string };

/**
 * What the conference form offers: committees that may co-host (every
 * province and central committee, and the committees of the viewer's scope,
 * today's and ended ones), the partners the viewer reads, and the agreements
 * and campaigns the viewer reads.
 */
export async function conferenceFormChoices(viewer: Viewer) {
  const db = getDb();
  const [committees, partners, agreements, campaigns, phases] = await Promise.all([
    db.$queryRaw<{ id: string; name: string; valid_to: Date | null }[]>`
      select c.id, c.name, c.valid_to from committees c
       where c.level in ('CENTRAL', 'PROVINCE') or ${viewer.committeeId === null ? Prisma.sql`false` : committeeScope(viewer, "record", Prisma.sql`c.id`)}
       order by c.valid_to is not null, c.name, c.id
       limit 2000`,
    db.$queryRaw<NamedChoice[]>`
      select p.id, p.name from partners p where ${committeeScope(viewer, "partner", Prisma.sql`p.committee_id`)} order by p.name, p.id limit 2000`,
    listAgreementChoices(viewer),
    listCampaignChoices(viewer),
    db.$queryRaw<{ id: string; name: string; campaign_name: string }[]>`
      select ph.id, ph.name, k.name as campaign_name
        from campaign_phases ph join campaigns k on k.id = ph.campaign_id
       where k.deleted_at is null and ${committeeScope(viewer, "record", Prisma.sql`ph.committee_id`)}
         and exists (select 1 from reporting_periods rp where rp.campaign_phase_id = ph.id)
       order by ph.starts_on desc, ph.id
       limit 200`,
  ]);
  return {
    committees: committees.map((c): CommitteeChoice => ({ id: c.id, name: c.name, validTo: c.valid_to })),
    partners,
    agreements,
    campaigns,
    phases: phases.map((p) => ({ code: formatPeriodCode({ kind: "PHASE", phaseId: p.id }), name: p.name, campaignName: p.campaign_name })),
  };
}

/** Agreements the viewer reads, newest first: the form's and the list filter's choices. */
export function listAgreementChoices(viewer: Viewer): Promise<NamedChoice[]> {
  return getDb().$queryRaw<NamedChoice[]>`
    select a.id, coalesce(a.number || ' – ', '') || a.title as name from agreements a
     where a.deleted_at is null and ${agreementReadScope(viewer, "a")}
     order by a.signed_on desc, a.id limit 500`;
}

/** Campaigns the viewer reads, by name: the form's and the list filter's choices. */
export function listCampaignChoices(viewer: Viewer): Promise<NamedChoice[]> {
  return getDb().$queryRaw<NamedChoice[]>`
    select k.id, k.name from campaigns k where k.deleted_at is null and ${campaignReadScope(viewer, "k")} order by k.name, k.id limit 500`;
}

// ───────────────────────────── Writes ─────────────────────────────

/** The reporting period a code names: a shared calendar period (made on first use) or a phase the viewer reads. */
async function periodIdOf(tx: Tx, viewer: Viewer, code: PeriodCode | null): Promise<string | null> {
  if (!code) return null;
  if (code.kind === "PHASE") {
    const [row] = await tx.$queryRaw<{ id: string }[]>`
      select rp.id from reporting_periods rp join campaign_phases ph on ph.id = rp.campaign_phase_id
       where ph.id = ${code.phaseId} and ${committeeScope(viewer, "record", Prisma.sql`ph.committee_id`)}`;
    if (!row) throw new RuleViolation("validation.conferencePeriod", "reviewedPeriod");
    return row.id;
  }
  const { kind, year, sequence } = code;
  // Shared periods have no committee, and NULLs never collide in the unique
  // key: one transaction at a time makes a missing one.
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`reporting_period:${CALENDAR}:${formatPeriodCode(code)}`}))`;
  const existing = await tx.reportingPeriod.findFirst({ where: { calendar: CALENDAR, kind, year, sequence, committeeId: null }, select: { id: true }, orderBy: { id: "asc" } });
  if (existing) return existing.id;
  const created = await tx.reportingPeriod.create({
    data: { calendar: CALENDAR, kind, year, sequence, committeeId: null, label: viTranslator("periods.label", periodLabelValues(kind, year, sequence)), ...calendarPeriodDates(CALENDAR, code) },
    select: { id: true },
  });
  return created.id;
}

async function requireAgreement(tx: Tx, viewer: Viewer, id: string | null, keep: string | null): Promise<void> {
  if (!id || id === keep) return;
  const [row] = await tx.$queryRaw<{ id: string }[]>`select a.id from agreements a where a.id = ${id} and a.deleted_at is null and ${agreementReadScope(viewer, "a")}`;
  if (!row) throw new RuleViolation("validation.conferenceAgreement", "agreementId");
}

async function requireCampaign(tx: Tx, viewer: Viewer, id: string | null, keep: string | null): Promise<void> {
  if (!id || id === keep) return;
  const [row] = await tx.$queryRaw<{ id: string }[]>`select k.id from campaigns k where k.id = ${id} and k.deleted_at is null and ${campaignReadScope(viewer, "k")}`;
  if (!row) throw new RuleViolation("validation.conferenceCampaign", "campaignId");
}

/**
 * Co-hosts: committees that exist and are alive on the day (never the host
 * itself), partners the viewer reads. Co-hosts the conference already has
 * stay allowed, so an edit never fails on what it did not change.
 */
async function requireCoHosts(tx: Tx, viewer: Viewer, hostId: string, heldOn: Date, refs: readonly CoHostRef[], existing: readonly CoHostRef[] = []): Promise<void> {
  const committeeIds = refs.flatMap((ref) => ("committeeId" in ref ? [ref.committeeId] : []));
  const partnerIds = refs.flatMap((ref) => ("partnerId" in ref ? [ref.partnerId] : []));
  if (committeeIds.includes(hostId)) throw new RuleViolation("validation.coHostIsHost", "coHosts");
  const keptCommittees = new Set(existing.flatMap((ref) => ("committeeId" in ref ? [ref.committeeId] : [])));
  const keptPartners = new Set(existing.flatMap((ref) => ("partnerId" in ref ? [ref.partnerId] : [])));
  const newCommittees = committeeIds.filter((id) => !keptCommittees.has(id));
  const newPartners = partnerIds.filter((id) => !keptPartners.has(id));
  if (newCommittees.length > 0) {
    const alive = await tx.committee.count({
      where: { id: { in: newCommittees }, validFrom: { lte: heldOn }, OR: [{ validTo: null }, { validTo: { gte: heldOn } }] },
    });
    if (alive !== newCommittees.length) throw new RuleViolation("validation.coHost", "coHosts");
  }
  if (newPartners.length > 0) {
    const [row] = await tx.$queryRaw<{ n: number }[]>`
      select count(*)::int as n from partners p where p.id = any(${newPartners}::text[]) and ${committeeScope(viewer, "partner", Prisma.sql`p.committee_id`)}`;
    if ((row?.n ?? 0) !== newPartners.length) throw new RuleViolation("validation.coHost", "coHosts");
  }
}

/** What the audit trail keeps of a conference: its fields, with names for what it links to. */
async function snapshotOf(tx: Tx, id: string) {
  const row = await tx.conference.findUniqueOrThrow({ where: { id }, select: { ...conferenceSelect, _count: { select: { photos: true } } } });
  const period = reviewedPeriodOf(row.period);
  const coHosts = coHostsOf(row);
  return {
    committeeId: row.committeeId,
    committee: row.committee.name,
    kind: row.kind,
    title: row.title,
    heldOn: row.heldOn,
    startTime: row.startTime ? timeText(row.startTime) : null,
    place: row.place,
    chairName: row.chairName,
    chairTitle: row.chairTitle,
    attendance: row.attendance,
    reviewedPeriod: period ? (period.phase ? `${period.phase.campaignName}: ${period.phase.name}` : viTranslator("periods.label", periodLabelValues(period.kind, period.year, period.sequence))) : null,
    agreement: row.agreement?.title ?? null,
    campaign: row.campaign?.name ?? null,
    coHosts: coHosts.length > 0 ? coHosts.map((h) => h.name).join("; ") : null,
    summary: row.summary,
    conclusions: row.conclusions,
    directions: row.directions,
    photos: row._count.photos,
  };
}

function coHostRows(refs: readonly CoHostRef[]) {
  return refs.map((ref) => ("committeeId" in ref ? { committeeId: ref.committeeId } : { partnerId: ref.partnerId }));
}

function conferenceData(input: CreateConferenceInput, periodId: string | null) {
  return {
    committeeId: input.committeeId,
    kind: input.kind,
    title: input.title,
    heldOn: input.heldOn,
    startTime: input.startTime,
    place: input.place,
    chairName: input.chairName,
    chairTitle: input.chairTitle,
    attendance: input.attendance,
    periodId,
    agreementId: input.agreementId,
    campaignId: input.campaignId,
    summary: input.summary,
    conclusions: input.conclusions,
    directions: input.directions,
  };
}

/**
 * Records a conference for a committee the viewer acts for, on a day the
 * committee existed, outside locked periods; its co-hosts and photos in the
 * same transaction; audited.
 */
export async function createConference(viewer: Viewer, input: CreateConferenceInput, photos: readonly CheckedFile[] = []): Promise<{ id: string }> {
  return getDb().$transaction(async (tx) => {
    await requireRecordCommittee(tx, viewer, "create", input.committeeId, input.heldOn, FIELDS);
    await assertPeriodsOpen(tx, [{ committeeId: input.committeeId, on: input.heldOn }], FIELDS.date);
    await requireCoHosts(tx, viewer, input.committeeId, input.heldOn, input.coHosts);
    await requireAgreement(tx, viewer, input.agreementId, null);
    await requireCampaign(tx, viewer, input.campaignId, null);
    const periodId = await periodIdOf(tx, viewer, input.reviewedPeriod);
    const { id } = await tx.conference.create({
      data: { ...conferenceData(input, periodId), createdById: viewer.id, updatedById: viewer.id, coHosts: { create: coHostRows(input.coHosts) } },
      select: { id: true },
    });
    await attachPhotos(tx, viewer, { conferenceId: id }, photos);
    await audit(tx, viewer, { action: "create", entity: "conference", entityId: id, committeeId: input.committeeId, after: await snapshotOf(tx, id) });
    return { id };
  });
}

/**
 * Changes a conference from the version the form saw: refused naming who
 * saved first when it moved on, 404 when the viewer cannot read it, refused
 * when the old or the new (committee, day) is one the viewer may not write
 * or lies in a locked period. Co-hosts are replaced; photos added and
 * removed in the same transaction; audited with what changed.
 */
export async function updateConference(viewer: Viewer, id: string, input: UpdateConferenceInput, photos: readonly CheckedFile[] = []): Promise<void> {
  if (!isRecordId(id)) throw new NotFoundError("conference");
  await getDb().$transaction(async (tx) => {
    const [visible] = await tx.$queryRaw<{ id: string }[]>`
      select c.id from conferences c where c.id = ${id} and c.deleted_at is null and ${conferenceReadScope(viewer, "c")}`;
    if (!visible) throw new NotFoundError("conference");
    await claimVersion(tx, "conference", id, input.version, viewer);
    const old = await tx.conference.findUniqueOrThrow({
      where: { id },
      select: { committeeId: true, heldOn: true, agreementId: true, campaignId: true, coHosts: { select: { committeeId: true, partnerId: true } } },
    });
    await requireRecordCommittee(tx, viewer, "update", old.committeeId, old.heldOn, FIELDS);
    await requireRecordCommittee(tx, viewer, "update", input.committeeId, input.heldOn, FIELDS);
    await assertPeriodsOpen(tx, [{ committeeId: old.committeeId, on: old.heldOn }, { committeeId: input.committeeId, on: input.heldOn }], FIELDS.date);
    const existing = old.coHosts.map((h): CoHostRef => (h.committeeId ? { committeeId: h.committeeId } : { partnerId: h.partnerId! }));
    await requireCoHosts(tx, viewer, input.committeeId, input.heldOn, input.coHosts, existing);
    await requireAgreement(tx, viewer, input.agreementId, old.agreementId);
    await requireCampaign(tx, viewer, input.campaignId, old.campaignId);
    const periodId = await periodIdOf(tx, viewer, input.reviewedPeriod);
    const before = await snapshotOf(tx, id);
    await tx.conference.update({ where: { id }, data: conferenceData(input, periodId) });
    await tx.conferenceCoHost.deleteMany({ where: { conferenceId: id } });
    if (input.coHosts.length > 0) await tx.conferenceCoHost.createMany({ data: coHostRows(input.coHosts).map((row) => ({ ...row, conferenceId: id })) });
    await removePhotos(tx, { conferenceId: id }, input.removePhotos);
    await attachPhotos(tx, viewer, { conferenceId: id }, photos);
    const after = await snapshotOf(tx, id);
    await audit(tx, viewer, { action: "update", entity: "conference", entityId: id, committeeId: input.committeeId, ...changedFields(before, after) });
  });
}
