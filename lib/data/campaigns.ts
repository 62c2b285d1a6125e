import "server-only";
import { getDb, Prisma } from "@/lib/db";
import { can, type Viewer } from "@/lib/auth/policy";
import { viTranslator } from "@/lib/i18n/vietnamese";
import { formatDate } from "@/lib/format";
import { formatPeriodCode, periodLabelValues } from "@/lib/periods";
import { firstFreeSlug, slugOf } from "@/lib/text/slug";
import type { CreateCampaignInput, PhaseInput, UpdateCampaignInput, UpdatePhaseInput } from "@/lib/validation/campaign";
import { audit, changedFields } from "./audit";
import { campaignReadScope } from "./conferences";
import { NotFoundError, RuleViolation } from "./errors";
import { requireRecordCommittee } from "./records/record-access";
import { claimVersion, staleRecord } from "./records/versions";
import { isRecordId, resourceOf } from "./scope";

type Tx = Prisma.TransactionClient;

// Campaigns (phong trào thi đua, cuộc vận động): launched by a committee
// (nationwide ones, with none, are kept by admins) over a span of days, with
// phases (đợt), each run by one committee with its own dates. A phase is a
// reporting period of its own (kind PHASE, code dot-<phase id>): targets are
// set and a report written for it as for a calendar period, and once that
// report is approved the phase's dates no longer move.

async function visibleCampaign(tx: Tx, viewer: Viewer, id: string): Promise<string> {
  if (!isRecordId(id)) throw new NotFoundError("campaign");
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    select k.id from campaigns k where k.id = ${id} and k.deleted_at is null and ${campaignReadScope(viewer, "k")}`;
  if (!row) throw new NotFoundError("campaign");
  return row.id;
}

/** May the viewer change this campaign? Its launching committee's people (and those above); admins for nationwide ones. */
async function mayChange(tx: Tx, viewer: Viewer, action: "update" | "delete", committeeId: string | null, on: Date | null): Promise<boolean> {
  return can(viewer, action, await resourceOf(tx, viewer, "record", committeeId, on ?? undefined));
}

export type CampaignDetail = Awaited<ReturnType<typeof getCampaign>>;

/**
 * One campaign the viewer reads, with its phases (each with its period code,
 * whether an approved report holds it, and what the viewer may do to it) and
 * how many records of each kind name it; 404 for anything else.
 */
export async function getCampaign(viewer: Viewer, id: string) {
  const db = getDb();
  const visible = await visibleCampaign(db, viewer, id);
  const row = await db.campaign.findUniqueOrThrow({
    where: { id: visible },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      committeeId: true,
      startsOn: true,
      endsOn: true,
      version: true,
      illustrativeNote: true,
      createdAt: true,
      updatedAt: true,
      committee: { select: { id: true, name: true, level: true } },
      createdBy: { select: { name: true } },
      updatedBy: { select: { name: true } },
      phases: {
        orderBy: [{ startsOn: "asc" }, { id: "asc" }],
        select: { id: true, name: true, startsOn: true, endsOn: true, version: true, committee: { select: { id: true, name: true } } },
      },
    },
  });
  const [counts] = await db.$queryRaw<{ models: number; conferences: number; houses: number; activities: number }[]>`
    select (select count(*)::int from exemplary_models m where m.campaign_id = ${row.id} and m.deleted_at is null) as models,
           (select count(*)::int from conferences c where c.campaign_id = ${row.id} and c.deleted_at is null) as conferences,
           (select count(*)::int from house_handovers h where h.campaign_id = ${row.id} and h.deleted_at is null) as houses,
           (select count(*)::int from activities a where a.campaign_id = ${row.id} and a.deleted_at is null) as activities`;
  const approved = new Set(
    (await db.periodReport.findMany({ where: { status: "APPROVED", period: { campaignPhaseId: { in: row.phases.map((p) => p.id) } } }, select: { period: { select: { campaignPhaseId: true } } } })).map(
      (r) => r.period.campaignPhaseId,
    ),
  );
  const phases = await Promise.all(
    row.phases.map(async (phase) => ({
      ...phase,
      code: formatPeriodCode({ kind: "PHASE", phaseId: phase.id }),
      locked: approved.has(phase.id),
      canUpdate: !approved.has(phase.id) && (await mayChange(db, viewer, "update", phase.committee.id, phase.startsOn)),
    })),
  );
  return {
    ...row,
    phases,
    counts: counts ?? { models: 0, conferences: 0, houses: 0, activities: 0 },
    canUpdate: await mayChange(db, viewer, "update", row.committeeId, row.startsOn),
    canDelete: await mayChange(db, viewer, "delete", row.committeeId, row.startsOn),
  };
}

// ───────────────────────────── Campaign writes ─────────────────────────────

const CAMPAIGN_FIELDS = { committee: "committeeId", date: "startsOn" };

async function campaignSnapshot(tx: Tx, id: string) {
  const row = await tx.campaign.findUniqueOrThrow({ where: { id }, select: { committeeId: true, name: true, description: true, startsOn: true, endsOn: true, committee: { select: { name: true } } } });
  return { committeeId: row.committeeId, committee: row.committee?.name ?? null, name: row.name, startsOn: row.startsOn, endsOn: row.endsOn, description: row.description };
}

/** Phases keep within their campaign's days. */
async function requirePhasesWithin(tx: Tx, campaignId: string, startsOn: Date, endsOn: Date | null): Promise<void> {
  const outside = await tx.campaignPhase.count({
    where: { campaignId, OR: [{ startsOn: { lt: startsOn } }, ...(endsOn ? [{ endsOn: { gt: endsOn } }] : [])] },
  });
  if (outside > 0) throw new RuleViolation("validation.campaignPhasesOutside", "startsOn");
}

async function uniqueCampaignSlug(tx: Tx, name: string): Promise<string> {
  const base = slugOf(name, "phong-trao");
  const taken = await tx.campaign.findMany({ where: { OR: [{ slug: base }, { slug: { startsWith: `${base}-` } }] }, select: { slug: true } });
  return firstFreeSlug(base, new Set(taken.map((c) => c.slug)));
}

/** A campaign's launching committee: one the viewer records for, alive on its first day; none (nationwide) for admins only. */
async function requireLauncher(tx: Tx, viewer: Viewer, action: "create" | "update", committeeId: string | null, startsOn: Date): Promise<void> {
  if (committeeId) return requireRecordCommittee(tx, viewer, action, committeeId, startsOn, CAMPAIGN_FIELDS);
  if (!can(viewer, "administer", { type: "record", committeeId: null })) throw new RuleViolation("validation.committee", "committeeId");
}

/** Launches a campaign (a committee's, or nationwide by an admin); audited. */
export async function createCampaign(viewer: Viewer, input: CreateCampaignInput): Promise<{ id: string }> {
  return getDb().$transaction(async (tx) => {
    await requireLauncher(tx, viewer, "create", input.committeeId, input.startsOn);
    // Two campaigns of one name at once get distinct slugs: one transaction at a time picks one.
    await tx.$executeRaw`select pg_advisory_xact_lock(hashtext('campaign_slug'))`;
    const { id } = await tx.campaign.create({
      data: { ...input, slug: await uniqueCampaignSlug(tx, input.name), createdById: viewer.id, updatedById: viewer.id },
      select: { id: true },
    });
    await audit(tx, viewer, { action: "create", entity: "campaign", entityId: id, committeeId: input.committeeId, after: await campaignSnapshot(tx, id) });
    return { id };
  });
}

/**
 * Changes a campaign from the version the form saw (refused naming who saved
 * first when it moved on). A nationwide campaign is changed by admins only;
 * the phases must stay within the new days.
 */
export async function updateCampaign(viewer: Viewer, id: string, input: UpdateCampaignInput): Promise<void> {
  await getDb().$transaction(async (tx) => {
    await visibleCampaign(tx, viewer, id);
    const old = await tx.campaign.findUniqueOrThrow({ where: { id }, select: { committeeId: true, startsOn: true } });
    if (!(await mayChange(tx, viewer, "update", old.committeeId, old.startsOn))) throw new RuleViolation("validation.recordUpdateNotAllowed", "committeeId");
    await claimVersion(tx, "campaign", id, input.version, viewer);
    await requireLauncher(tx, viewer, "update", input.committeeId, input.startsOn);
    await requirePhasesWithin(tx, id, input.startsOn, input.endsOn);
    const before = await campaignSnapshot(tx, id);
    await tx.campaign.update({ where: { id }, data: { committeeId: input.committeeId, name: input.name, startsOn: input.startsOn, endsOn: input.endsOn, description: input.description } });
    const after = await campaignSnapshot(tx, id);
    await audit(tx, viewer, { action: "update", entity: "campaign", entityId: id, committeeId: input.committeeId, ...changedFields(before, after) });
  });
}

// ───────────────────────────── Phases ─────────────────────────────

const PHASE_FIELDS = { committee: "committeeId", date: "startsOn" };

/** The campaign's days, for a phase to keep within. */
async function campaignOf(tx: Tx, viewer: Viewer, campaignId: string) {
  const id = await visibleCampaign(tx, viewer, campaignId);
  return tx.campaign.findUniqueOrThrow({ where: { id }, select: { id: true, startsOn: true, endsOn: true } });
}

function requireWithinCampaign(campaign: { startsOn: Date | null; endsOn: Date | null }, phase: PhaseInput): void {
  if (campaign.startsOn && phase.startsOn < campaign.startsOn) throw new RuleViolation("validation.phaseOutsideCampaign", "startsOn");
  if (campaign.endsOn && phase.endsOn > campaign.endsOn) throw new RuleViolation("validation.phaseOutsideCampaign", "endsOn");
}

/** Refuses a change to a phase whose report has been approved: its period is locked. */
async function requirePhaseOpen(tx: Tx, phaseId: string): Promise<void> {
  const approved = await tx.periodReport.count({ where: { status: "APPROVED", period: { campaignPhaseId: phaseId } } });
  if (approved > 0) throw new RuleViolation("validation.phaseLocked");
}

/**
 * The phase's reporting period: kind PHASE, the committee's next number in
 * the year of its first day (one transaction at a time per committee and year
 * picks it), its dates and name.
 */
async function placePhasePeriod(tx: Tx, phaseId: string, phase: PhaseInput): Promise<void> {
  const year = phase.startsOn.getUTCFullYear();
  const current = await tx.reportingPeriod.findUnique({ where: { campaignPhaseId: phaseId }, select: { id: true, year: true, committeeId: true, sequence: true } });
  let sequence = current?.sequence ?? 0;
  if (!current || current.year !== year || current.committeeId !== phase.committeeId) {
    await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`phase_period:${phase.committeeId}:${year}`}))`;
    const last = await tx.reportingPeriod.aggregate({ where: { kind: "PHASE", committeeId: phase.committeeId, year }, _max: { sequence: true } });
    sequence = (last._max.sequence ?? 0) + 1;
  }
  const data = {
    kind: "PHASE" as const,
    year,
    sequence,
    label: phase.name || viTranslator("periods.label", periodLabelValues("PHASE", year, sequence)),
    startsOn: phase.startsOn,
    endsOn: phase.endsOn,
    committeeId: phase.committeeId,
  };
  if (current) await tx.reportingPeriod.update({ where: { id: current.id }, data });
  else await tx.reportingPeriod.create({ data: { ...data, campaignPhaseId: phaseId } });
}

/** A phase as the campaign's history shows it: "Đợt 1: 01/03/2026 – 31/05/2026, Ban …". */
async function phaseText(tx: Tx, id: string): Promise<string> {
  const row = await tx.campaignPhase.findUniqueOrThrow({ where: { id }, select: { name: true, startsOn: true, endsOn: true, committee: { select: { name: true } } } });
  return `${row.name}: ${formatDate(row.startsOn)} – ${formatDate(row.endsOn)}, ${row.committee.name}`;
}

/** Phases are audited on their campaign, as a change of its "phase" field. */
function auditPhase(tx: Tx, viewer: Viewer, campaignId: string, committeeId: string, before: string | null, after: string | null) {
  return audit(tx, viewer, { action: "update", entity: "campaign", entityId: campaignId, committeeId, before: { phase: before }, after: { phase: after } });
}

/** Adds a phase, run by a committee the viewer records for, within the campaign's days, with its reporting period; audited on the campaign. */
export async function addPhase(viewer: Viewer, campaignId: string, input: PhaseInput): Promise<{ id: string }> {
  return getDb().$transaction(async (tx) => {
    const campaign = await campaignOf(tx, viewer, campaignId);
    await requireRecordCommittee(tx, viewer, "create", input.committeeId, input.startsOn, PHASE_FIELDS);
    requireWithinCampaign(campaign, input);
    const { id } = await tx.campaignPhase.create({ data: { campaignId: campaign.id, ...input }, select: { id: true } });
    await placePhasePeriod(tx, id, input);
    await auditPhase(tx, viewer, campaign.id, input.committeeId, null, await phaseText(tx, id));
    return { id };
  });
}

async function phaseOf(tx: Tx, viewer: Viewer, campaignId: string, phaseId: string) {
  const campaign = await campaignOf(tx, viewer, campaignId);
  if (!isRecordId(phaseId)) throw new NotFoundError("campaign");
  const phase = await tx.campaignPhase.findFirst({ where: { id: phaseId, campaignId: campaign.id }, select: { id: true, committeeId: true, startsOn: true } });
  if (!phase) throw new NotFoundError("campaign");
  return { campaign, phase };
}

/** Claims a phase's version (phases keep no editor of their own: the audit trail names them). */
async function claimPhaseVersion(tx: Tx, phaseId: string, version: number, campaignId: string): Promise<void> {
  const claimed = await tx.$executeRaw`update campaign_phases set version = version + 1 where id = ${phaseId} and version = ${version}`;
  if (claimed !== 1) throw await staleRecord(tx, "campaign", campaignId);
}

/** Changes a phase from the version the form saw; refused once its report is approved. */
export async function updatePhase(viewer: Viewer, campaignId: string, phaseId: string, input: UpdatePhaseInput): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const { campaign, phase } = await phaseOf(tx, viewer, campaignId, phaseId);
    await requireRecordCommittee(tx, viewer, "update", phase.committeeId, phase.startsOn, PHASE_FIELDS);
    await requireRecordCommittee(tx, viewer, "update", input.committeeId, input.startsOn, PHASE_FIELDS);
    await requirePhaseOpen(tx, phase.id);
    requireWithinCampaign(campaign, input);
    await claimPhaseVersion(tx, phase.id, input.version, campaign.id);
    const before = await phaseText(tx, phase.id);
    const fields = { committeeId: input.committeeId, name: input.name, startsOn: input.startsOn, endsOn: input.endsOn };
    await tx.campaignPhase.update({ where: { id: phase.id }, data: fields });
    await placePhasePeriod(tx, phase.id, fields);
    await auditPhase(tx, viewer, campaign.id, input.committeeId, before, await phaseText(tx, phase.id));
  });
}

/** Removes a phase that holds nothing yet: no report, no target, no conference reviewing it. */
export async function deletePhase(viewer: Viewer, campaignId: string, phaseId: string, version: number): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const { campaign, phase } = await phaseOf(tx, viewer, campaignId, phaseId);
    if (!(await mayChange(tx, viewer, "delete", phase.committeeId, phase.startsOn))) throw new RuleViolation("validation.recordDeleteNotAllowed");
    const [used] = await tx.$queryRaw<{ n: number }[]>`
      select ((select count(*) from period_reports r where r.period_id = p.id) + (select count(*) from targets t where t.period_id = p.id)
              + (select count(*) from conferences c where c.period_id = p.id))::int as n
        from reporting_periods p where p.campaign_phase_id = ${phase.id}`;
    if ((used?.n ?? 0) > 0) throw new RuleViolation("validation.phaseInUse");
    await claimPhaseVersion(tx, phase.id, version, campaign.id);
    const before = await phaseText(tx, phase.id);
    await tx.campaignPhase.delete({ where: { id: phase.id } });
    await auditPhase(tx, viewer, campaign.id, phase.committeeId, before, null);
  });
}
