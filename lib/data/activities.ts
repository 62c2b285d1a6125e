import "server-only";
import { getDb, Prisma } from "@/lib/db";
import { can, readReach, type Viewer } from "@/lib/auth/policy";
import type { IndicatorSource } from "@/lib/generated/prisma/enums";
import type { MessageKey } from "@/lib/i18n/message-key";
import { vietnamToday } from "@/lib/time/vietnam";
import type { CreateActivityInput, UpdateActivityInput } from "@/lib/validation/activity";
import { audit, changedFields } from "./audit";
import { NotFoundError, PeriodLockedError, RuleViolation, type LockingReport } from "./errors";
import { findPeriodLocks } from "./records/period-locks";
import { checkRecordCommittees, recordCommitteeChoices, requireRecordCommittee, type RecordCommitteeChoice } from "./records/record-access";
import { claimVersion } from "./records/versions";
import { committeeScope, isRecordId, resourceOf } from "./scope";

type Tx = Prisma.TransactionClient;
type Db = Tx;

/** The indicators an activity counts towards: those computed from activities' quantity or value. */
export const ACTIVITY_SOURCES = ["ACTIVITY_QUANTITY", "ACTIVITY_VALUE"] as const satisfies readonly IndicatorSource[];

const A = Prisma.raw("a");

/**
 * The activities the viewer reads, as a condition on `alias` (an activities
 * row): those of committees within the viewer's scope, and, as shared
 * records, those that name a committee of the viewer's lineage as
 * co-organiser. Deleted activities are not excluded here.
 */
export function activityScope(viewer: Viewer, alias: Prisma.Sql = A): Prisma.Sql {
  const own = committeeScope(viewer, "record", Prisma.sql`${alias}.committee_id`);
  const reach = readReach(viewer, "record");
  if (reach === "all" || reach === "none" || viewer.committeeId === null) return own;
  const named =
    reach === "own" ? Prisma.sql`ac.committee_id = ${viewer.committeeId}` : Prisma.sql`ac.committee_id in (select readable_committee_ids(${viewer.committeeId}))`;
  return Prisma.sql`(${own} or exists (select 1 from activity_committees ac where ac.activity_id = ${alias}.id and ${named}))`;
}

async function isVisible(db: Db, viewer: Viewer, id: string): Promise<boolean> {
  if (!isRecordId(id)) return false;
  const [row] = await db.$queryRaw<{ id: string }[]>`
    select a.id from activities a where a.id = ${id} and a.deleted_at is null and ${activityScope(viewer)}`;
  return row !== undefined;
}

const activitySelect = {
  id: true,
  title: true,
  occurredOn: true,
  quantity: true,
  valueVnd: true,
  beneficiaries: true,
  place: true,
  description: true,
  committeeId: true,
  indicatorId: true,
  campaignId: true,
  agreementId: true,
  conferenceId: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  createdBy: { select: { name: true } },
  updatedBy: { select: { name: true } },
  committee: { select: { id: true, name: true } },
  indicator: { select: { id: true, code: true, name: true, unit: true, source: true } },
  campaign: { select: { id: true, name: true } },
  agreement: { select: { id: true, title: true, deletedAt: true } },
  conference: { select: { id: true, title: true, deletedAt: true } },
  partners: { select: { partner: { select: { id: true, name: true, shortName: true } } }, orderBy: { partner: { name: "asc" } } },
  coOrganisers: { select: { committee: { select: { id: true, name: true } } }, orderBy: { committee: { name: "asc" } } },
} as const satisfies Prisma.ActivitySelect;

/**
 * One activity the viewer reads (its committee's, or shared with the
 * viewer's lineage as co-organiser), with what the viewer may do to it;
 * 404 for a deleted one or one outside what the viewer reads.
 */
export async function getActivity(viewer: Viewer, id: string) {
  const db = getDb();
  if (!(await isVisible(db, viewer, id))) throw new NotFoundError("activity");
  const activity = await db.activity.findUnique({ where: { id }, select: activitySelect });
  if (!activity) throw new NotFoundError("activity");
  const resource = await resourceOf(db, viewer, "record", activity.committeeId, activity.occurredOn);
  return {
    ...activity,
    quantity: activity.quantity.toString(),
    partners: activity.partners.map((link) => link.partner),
    coOrganisers: activity.coOrganisers.map((link) => link.committee),
    canUpdate: can(viewer, "update", resource),
    canDelete: can(viewer, "delete", resource),
    /** Read only as a co-organiser (shared record), not through the owner's committee. */
    shared: !can(viewer, "read", resource),
  };
}

export type ActivityDetail = Awaited<ReturnType<typeof getActivity>>;

export type ActivityIndicatorChoice = { id: string; code: string; name: string; unit: string; source: IndicatorSource };

/** Active indicators counted from activities, in the catalog's order; `keep` (the record's own) even when no longer active. */
export async function activityIndicators(db: Db = getDb(), keep?: string): Promise<ActivityIndicatorChoice[]> {
  return db.indicator.findMany({
    where: { source: { in: [...ACTIVITY_SOURCES] }, OR: [{ active: true }, ...(keep ? [{ id: keep }] : [])] },
    select: { id: true, code: true, name: true, unit: true, source: true },
    orderBy: [{ position: "asc" }, { code: "asc" }],
  });
}

type Choice = { id: string; name: string };

/** The committees offered as co-organisers: the viewer's parent, siblings and children today, and every province-level committee. */
async function coOrganiserChoices(viewer: Viewer, keep: readonly string[]): Promise<Choice[]> {
  const today = vietnamToday();
  return getDb().$queryRaw<Choice[]>`
    with parents as (
      select parent_id from committee_parents
       where committee_id = ${viewer.committeeId} and valid_from <= ${today}::date and (valid_to is null or valid_to >= ${today}::date)
    )
    select c.id, c.name from committees c
     where (c.id = any(${[...keep]}::text[]))
        or (c.valid_from <= ${today}::date and (c.valid_to is null or c.valid_to >= ${today}::date)
            and c.id is distinct from ${viewer.committeeId}
            and (c.level in ('CENTRAL', 'PROVINCE')
                 or c.id in (select parent_id from parents)
                 or c.id in (select cp.committee_id from committee_parents cp
                              where (cp.parent_id = ${viewer.committeeId} or cp.parent_id in (select parent_id from parents))
                                and cp.valid_from <= ${today}::date and (cp.valid_to is null or cp.valid_to >= ${today}::date))))
     order by c.name, c.id`;
}

export type ActivityFormChoices = {
  committees: RecordCommitteeChoice[];
  indicators: ActivityIndicatorChoice[];
  partners: Choice[];
  coOrganisers: Choice[];
  campaigns: Choice[];
  agreements: Choice[];
  conferences: Choice[];
};

/** Readable campaigns: nationwide ones and those of committees in the viewer's scope. */
const readableCampaign = (viewer: Viewer) => Prisma.sql`k.deleted_at is null and (k.committee_id is null or ${committeeScope(viewer, "record", Prisma.sql`k.committee_id`)})`;

/** Readable agreements: kept by a committee in scope, or naming one of the viewer's lineage as a party. */
function readableAgreement(viewer: Viewer): Prisma.Sql {
  const parties =
    viewer.committeeId && readReach(viewer, "record") === "lineage"
      ? Prisma.sql`or exists (select 1 from agreement_parties ap where ap.agreement_id = g.id and ap.committee_id in (select readable_committee_ids(${viewer.committeeId})))`
      : Prisma.empty;
  return Prisma.sql`g.deleted_at is null and (${committeeScope(viewer, "record", Prisma.sql`g.committee_id`)} ${parties})`;
}

/** Readable conferences: hosted by a committee in scope, or co-hosted by one of the viewer's lineage. */
function readableConference(viewer: Viewer): Prisma.Sql {
  const coHosts =
    viewer.committeeId && readReach(viewer, "record") === "lineage"
      ? Prisma.sql`or exists (select 1 from conference_co_hosts h where h.conference_id = f.id and h.committee_id in (select readable_committee_ids(${viewer.committeeId})))`
      : Prisma.empty;
  return Prisma.sql`f.deleted_at is null and (${committeeScope(viewer, "record", Prisma.sql`f.committee_id`)} ${coHosts})`;
}

/** Campaigns, agreements and conferences an activity may be linked to, newest first (the list's filters offer the same). */
export async function activityLinkChoices(viewer: Viewer, keep: { campaignId?: string | null; agreementId?: string | null; conferenceId?: string | null } = {}) {
  const db = getDb();
  const [campaigns, agreements, conferences] = await Promise.all([
    db.$queryRaw<Choice[]>`
      select k.id, k.name from campaigns k where ${readableCampaign(viewer)} or k.id = ${keep.campaignId ?? null}
       order by k.starts_on desc nulls last, k.name, k.id limit 200`,
    db.$queryRaw<Choice[]>`
      select g.id, g.title as name from agreements g where ${readableAgreement(viewer)} or g.id = ${keep.agreementId ?? null}
       order by g.signed_on desc, g.id limit 200`,
    db.$queryRaw<Choice[]>`
      select f.id, f.title as name from conferences f where ${readableConference(viewer)} or f.id = ${keep.conferenceId ?? null}
       order by f.held_on desc, f.id limit 200`,
  ]);
  return { campaigns, agreements, conferences };
}

/** Everything the create and edit forms offer; an edited activity's own links are always among them. */
export async function activityFormChoices(viewer: Viewer, activity?: ActivityDetail): Promise<ActivityFormChoices> {
  const db = getDb();
  const [committees, indicators, partners, coOrganisers, links] = await Promise.all([
    recordCommitteeChoices(viewer),
    activityIndicators(db, activity?.indicatorId),
    db.$queryRaw<Choice[]>`
      select p.id, p.name from partners p
       where ${committeeScope(viewer, "partner", Prisma.sql`p.committee_id`)} or p.id = any(${activity?.partners.map((p) => p.id) ?? []}::text[])
       order by p.name, p.id`,
    coOrganiserChoices(viewer, activity?.coOrganisers.map((c) => c.id) ?? []),
    activityLinkChoices(viewer, activity ?? {}),
  ]);
  return { committees, indicators, partners, coOrganisers, ...links };
}

/** Why one activity of a batch cannot be written: the form field it concerns and the message, or the report that locks its date. */
export type ActivityRefusal = { index: number; field: keyof CreateActivityInput; message: MessageKey; lock?: LockingReport };

/** Ids among `ids` that `sql` (selecting `id` from a readable set) returns. */
async function presentIds(tx: Db, ids: readonly string[], sql: (ids: string[]) => Prisma.Sql): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx.$queryRaw<{ id: string }[]>(sql([...ids]));
  return new Set(rows.map((row) => row.id));
}

/**
 * The data layer's rules for activities, for one (a form) or many (an
 * import) at once, each a few set-based statements: the committee exists, is
 * alive on the date and is one the viewer records for; the indicator is an
 * active activity indicator (value indicators need a value); partners,
 * co-organising committees and linked records exist and are readable; the
 * date's period is not locked. One refusal per activity, the first found.
 */
export async function checkActivities(
  tx: Db,
  viewer: Viewer,
  action: "create" | "update",
  inputs: readonly CreateActivityInput[],
  options: { keepIndicatorId?: string } = {},
): Promise<ActivityRefusal[]> {
  const distinct = (pick: (input: CreateActivityInput) => readonly (string | null)[]) => [...new Set(inputs.flatMap(pick).filter((id): id is string => id !== null))];
  const committeeRules = await checkRecordCommittees(tx as Tx, viewer, action, inputs.map((input) => ({ committeeId: input.committeeId, on: input.occurredOn })));
  const indicators = new Map((await activityIndicators(tx, options.keepIndicatorId)).map((indicator) => [indicator.id, indicator]));
  // One after another: a transaction's statements share one connection.
  const partners = await presentIds(tx, distinct((i) => i.partnerIds), (ids) => Prisma.sql`select p.id from partners p where p.id = any(${ids}::text[]) and ${committeeScope(viewer, "partner", Prisma.sql`p.committee_id`)}`);
  const campaigns = await presentIds(tx, distinct((i) => [i.campaignId]), (ids) => Prisma.sql`select k.id from campaigns k where k.id = any(${ids}::text[]) and ${readableCampaign(viewer)}`);
  const agreements = await presentIds(tx, distinct((i) => [i.agreementId]), (ids) => Prisma.sql`select g.id from agreements g where g.id = any(${ids}::text[]) and ${readableAgreement(viewer)}`);
  const conferences = await presentIds(tx, distinct((i) => [i.conferenceId]), (ids) => Prisma.sql`select f.id from conferences f where f.id = any(${ids}::text[]) and ${readableConference(viewer)}`);
  const coIds = distinct((i) => i.committeeIds);
  const coCommittees = new Map(
    coIds.length === 0 ? [] : (await tx.committee.findMany({ where: { id: { in: coIds } }, select: { id: true, validFrom: true, validTo: true } })).map((c) => [c.id, c]),
  );
  const locks = await findPeriodLocks(tx as Tx, inputs.map((input) => ({ committeeId: input.committeeId, on: input.occurredOn })));

  const refusals: ActivityRefusal[] = [];
  inputs.forEach((input, index) => {
    const refuse = (field: keyof CreateActivityInput, message: MessageKey, lock?: LockingReport) => refusals.push({ index, field, message, ...(lock ? { lock } : {}) });
    const committee = committeeRules[index];
    const indicator = indicators.get(input.indicatorId);
    const alive = (id: string) => {
      const c = coCommittees.get(id);
      return c !== undefined && c.validFrom <= input.occurredOn && (c.validTo === null || c.validTo >= input.occurredOn);
    };
    if (committee) refuse(committee.field === "date" ? "occurredOn" : "committeeId", committee.code);
    else if (!indicator) refuse("indicatorId", "validation.activityIndicator");
    else if (indicator.source === "ACTIVITY_VALUE" && input.valueVnd === null) refuse("valueVnd", "validation.activityValueRequired");
    else if (!input.partnerIds.every((id) => partners.has(id))) refuse("partnerIds", "validation.activityPartner");
    else if (!input.committeeIds.every((id) => id !== input.committeeId && alive(id))) refuse("committeeIds", "validation.activityCoOrganiser");
    else if (input.campaignId !== null && !campaigns.has(input.campaignId)) refuse("campaignId", "validation.activityCampaign");
    else if (input.agreementId !== null && !agreements.has(input.agreementId)) refuse("agreementId", "validation.activityAgreement");
    else if (input.conferenceId !== null && !conferences.has(input.conferenceId)) refuse("conferenceId", "validation.activityConference");
    else if (locks[index]) refuse("occurredOn", "validation.periodLocked", locks[index]!);
  });
  return refusals;
}

/** A form's refusal: the first one, thrown as the form-state layer expects. */
function refuseForm(refusals: readonly ActivityRefusal[]): void {
  const [first] = refusals;
  if (!first) return;
  if (first.lock) throw new PeriodLockedError(first.lock, first.field);
  throw new RuleViolation(first.message, first.field);
}

/** The columns an activity is stored with (links aside). */
export function activityColumns(input: CreateActivityInput) {
  return {
    committeeId: input.committeeId,
    indicatorId: input.indicatorId,
    title: input.title,
    occurredOn: input.occurredOn,
    quantity: input.quantity,
    valueVnd: input.valueVnd,
    beneficiaries: input.beneficiaries,
    place: input.place,
    description: input.description,
    campaignId: input.campaignId,
    agreementId: input.agreementId,
    conferenceId: input.conferenceId,
  };
}

/** What the change history shows of an activity: its fields, with names instead of ids. */
async function auditView(tx: Tx, id: string) {
  const a = await tx.activity.findUniqueOrThrow({ where: { id }, select: activitySelect });
  return {
    title: a.title,
    occurredOn: a.occurredOn,
    quantity: a.quantity.toString(),
    valueVnd: a.valueVnd,
    beneficiaries: a.beneficiaries,
    place: a.place,
    description: a.description,
    committeeId: a.committeeId,
    committee: a.committee.name,
    indicatorId: a.indicatorId,
    indicator: a.indicator.name,
    campaign: a.campaign?.name ?? null,
    agreement: a.agreement?.title ?? null,
    conference: a.conference?.title ?? null,
    partners: a.partners.map((link) => link.partner.name).join("; "),
    coOrganisers: a.coOrganisers.map((link) => link.committee.name).join("; "),
  };
}

export async function createActivity(viewer: Viewer, input: CreateActivityInput): Promise<{ id: string; committeeId: string }> {
  return getDb().$transaction(async (tx) => {
    refuseForm(await checkActivities(tx, viewer, "create", [input]));
    const activity = await tx.activity.create({
      data: {
        ...activityColumns(input),
        createdById: viewer.id,
        updatedById: viewer.id,
        partners: { create: input.partnerIds.map((partnerId) => ({ partnerId })) },
        coOrganisers: { create: input.committeeIds.map((committeeId) => ({ committeeId })) },
      },
      select: { id: true, committeeId: true },
    });
    await audit(tx, viewer, { action: "create", entity: "activity", entityId: activity.id, committeeId: activity.committeeId, after: await auditView(tx, activity.id) });
    return activity;
  });
}

/**
 * Saves an edit based on `input.version`: a record the viewer cannot change
 * (outside its scope, shared with it only, or deleted) is a 404; a stale
 * version is refused naming who saved first; the old and the new committee
 * and date must both be writable and outside locked periods.
 */
export async function updateActivity(viewer: Viewer, id: string, input: UpdateActivityInput): Promise<void> {
  await getDb().$transaction(async (tx) => {
    if (!(await isVisible(tx, viewer, id))) throw new NotFoundError("activity");
    const before = await tx.activity.findUniqueOrThrow({ where: { id }, select: { committeeId: true, occurredOn: true, indicatorId: true } });
    const resource = await resourceOf(tx, viewer, "record", before.committeeId, before.occurredOn);
    if (!can(viewer, "update", resource)) throw new NotFoundError("activity");
    await claimVersion(tx, "activity", id, input.version, viewer);
    const beforeView = await auditView(tx, id);
    // The old place of the record: still the viewer's to change, and not locked.
    await requireRecordCommittee(tx, viewer, "update", before.committeeId, before.occurredOn, { committee: "committeeId", date: "occurredOn" });
    const [oldLock] = await findPeriodLocks(tx, [{ committeeId: before.committeeId, on: before.occurredOn }]);
    if (oldLock) throw new PeriodLockedError(oldLock, "occurredOn");
    refuseForm(await checkActivities(tx, viewer, "update", [input], { keepIndicatorId: before.indicatorId }));
    await tx.activity.update({ where: { id }, data: activityColumns(input) });
    await tx.activityPartner.deleteMany({ where: { activityId: id } });
    await tx.activityPartner.createMany({ data: input.partnerIds.map((partnerId) => ({ activityId: id, partnerId })) });
    await tx.activityCommittee.deleteMany({ where: { activityId: id } });
    await tx.activityCommittee.createMany({ data: input.committeeIds.map((committeeId) => ({ activityId: id, committeeId })) });
    const after = await auditView(tx, id);
    await audit(tx, viewer, { action: "update", entity: "activity", entityId: id, committeeId: input.committeeId, ...changedFields(beforeView, after) });
  });
}

/** The committees whose activities the viewer reads: the committee filter's choices. */
export async function activityCommitteeChoices(viewer: Viewer): Promise<Choice[]> {
  return getDb().$queryRaw<Choice[]>`
    select c.id, c.name from committees c
     where ${committeeScope(viewer, "record", Prisma.sql`c.id`)}
       and exists (select 1 from activities a where a.committee_id = c.id and a.deleted_at is null)
     order by c.valid_to is not null, c.name, c.id`;
}
