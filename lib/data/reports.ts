import "server-only";
import { getDb, Prisma } from "@/lib/db";
import { can, type Action, type Viewer } from "@/lib/auth/policy";
import { formatPeriodCode, parsePeriodCode, type Calendar, type PeriodCode } from "@/lib/periods";
import { systemClock, vietnamYear, type Clock } from "@/lib/time/vietnam";
import type { ReportInput, ReportSection } from "@/lib/validation/report";
import { explanationField } from "@/lib/validation/report";
import { audit } from "./audit";
import { chooseCommittee, choosePeriod, type DashboardCommittee } from "./dashboard";
import { NotFoundError, RuleViolation, StaleRecordError } from "./errors";
import { committeeFigures, figureStatus, type IndicatorFigure } from "./figures";
import { lockReportPeriod, unlockReportPeriod } from "./records/period-locks";
import { ensureReportingPeriod } from "./reporting-periods";
import { isRecordId, resourceOf } from "./scope";

// Period reports (báo cáo sơ kết, tổng kết): written by the committee's staff
// and leaders, submitted with an explanation for every indicator below its
// target, approved or returned by a leader of the committee or its parent.
// Approval locks the committee's records dated in the period (period_locks,
// checked by every record write); reopening with a reason unlocks them.

type Tx = Prisma.TransactionClient;

export type ReportStatusValue = "DRAFT" | "SUBMITTED" | "APPROVED" | "RETURNED";

/** A report as its list shows it. */
export type ReportSummary = {
  id: string;
  committeeId: string;
  committeeName: string;
  status: ReportStatusValue;
  documentNumber: number | null;
  documentSymbol: string;
  submittedAt: Date | null;
  approvedAt: Date | null;
};

/** A report's figure: frozen in period_report_figures, or live while it is written. */
export type ReportFigure = IndicatorFigure & { explanation: string | null };

export type ReportView = ReportSummary &
  Record<ReportSection, string> & {
    version: number;
    documentYear: number | null;
    periodCode: PeriodCode;
    startsOn: Date;
    endsOn: Date;
    returnReason: string | null;
    submittedBy: string | null;
    approvedBy: string | null;
    updatedAt: Date;
    updatedBy: string | null;
    figures: ReportFigure[];
    /** Whether the figures are those frozen at submission (or still live). */
    frozen: boolean;
    canEdit: boolean;
    canApprove: boolean;
  };

const EDITABLE: readonly ReportStatusValue[] = ["DRAFT", "RETURNED"];

/** The policy's resource of a report: its committee, dated by the period's first day (a successor acts for an ended predecessor's periods). */
async function reportResource(tx: Tx | ReturnType<typeof getDb>, viewer: Viewer, committeeId: string, on: Date) {
  return resourceOf(tx as Tx, viewer, "report", committeeId, on);
}

async function allowed(tx: Tx | ReturnType<typeof getDb>, viewer: Viewer, action: Action, committeeId: string, on: Date): Promise<boolean> {
  return can(viewer, action, await reportResource(tx, viewer, committeeId, on));
}

/** The reports of a committee's period: its own and its children's, with the committee and period the page shows. */
export async function reportsOfPeriod(viewer: Viewer, input: { ban?: string | undefined; ky?: string | undefined }, clock: Clock = systemClock) {
  const db = getDb();
  const committee = await chooseCommittee(db, viewer, input.ban);
  const period = await choosePeriod(db, viewer, committee.id, input.ky, clock);
  const periodRow = await findPeriodRow(db, period.calendar, period.code);
  const children = await db.$queryRaw<{ id: string; name: string }[]>`
    select c.id, c.name from committee_parents p join committees c on c.id = p.committee_id
     where p.parent_id = ${committee.id} and p.valid_from <= ${period.endsOn}::date and coalesce(p.valid_to, 'infinity'::date) >= ${period.startsOn}::date
     order by c.name`;
  const reports = periodRow
    ? await db.periodReport.findMany({
        where: { periodId: periodRow.id, committeeId: { in: [committee.id, ...children.map((c) => c.id)] } },
        select: summarySelect,
      })
    : [];
  const summaries = reports.map(toSummary);
  const canCreate = !summaries.some((r) => r.committeeId === committee.id) && (await allowed(db, viewer, "create", committee.id, period.startsOn));
  return {
    committee,
    calendar: period.calendar,
    code: period.code,
    startsOn: period.startsOn,
    endsOn: period.endsOn,
    phase: period.phase,
    own: summaries.find((r) => r.committeeId === committee.id) ?? null,
    children: children.map((child) => ({ ...child, report: summaries.find((r) => r.committeeId === child.id) ?? null })),
    canCreate,
  };
}

const summarySelect = {
  id: true,
  committeeId: true,
  status: true,
  documentNumber: true,
  documentSymbol: true,
  submittedAt: true,
  approvedAt: true,
  committee: { select: { name: true } },
} as const;

type SummaryRow = Prisma.PeriodReportGetPayload<{ select: typeof summarySelect }>;

function toSummary(row: SummaryRow): ReportSummary {
  return {
    id: row.id,
    committeeId: row.committeeId,
    committeeName: row.committee.name,
    status: row.status,
    documentNumber: row.documentNumber,
    documentSymbol: row.documentSymbol,
    submittedAt: row.submittedAt,
    approvedAt: row.approvedAt,
  };
}

async function findPeriodRow(tx: Tx | ReturnType<typeof getDb>, calendar: Calendar, code: PeriodCode) {
  return code.kind === "PHASE"
    ? tx.reportingPeriod.findFirst({ where: { campaignPhaseId: code.phaseId }, select: { id: true } })
    : tx.reportingPeriod.findFirst({ where: { calendar, kind: code.kind, year: code.year, sequence: code.sequence, committeeId: null }, select: { id: true }, orderBy: { id: "asc" } });
}

/** The next number of the committee's register for a year (its reports' highest + 1). */
async function nextDocumentNumber(tx: Tx, committeeId: string, year: number): Promise<number> {
  const found = await tx.periodReport.aggregate({ where: { committeeId, documentYear: year }, _max: { documentNumber: true } });
  return (found._max.documentNumber ?? 0) + 1;
}

/** "BC/" and the initials of the committee's short name: Ban Dân vận Tỉnh ủy → BC/BDVTU, edited to the office's own symbol when it differs. */
export function suggestedSymbol(shortName: string): string {
  const initials = shortName
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .split(/\s+/)
    // "và" joins names and has no letter in the symbol: Tuyên giáo và Dân vận → TGDV.
    .filter((word) => /^\p{L}/u.test(word) && word.toLowerCase() !== "va")
    .map((word) => word[0]!.toUpperCase())
    .join("");
  return `BC/${initials || "BDV"}`;
}

/**
 * Starts the report of a committee for a period (`ky` in the committee's
 * calendar), numbered as the next of the committee's register for the year
 * it is written in. A second report of the same period is refused.
 */
export async function createReport(viewer: Viewer, input: { committeeId: string; ky: string }, clock: Clock = systemClock): Promise<{ id: string }> {
  const db = getDb();
  const code = parsePeriodCode(input.ky);
  if (!code || !isRecordId(input.committeeId)) throw new NotFoundError("report");
  const committee = await chooseCommittee(db, viewer, input.committeeId);
  if (committee.id !== input.committeeId) throw new NotFoundError("report");
  const period = await choosePeriod(db, viewer, committee.id, input.ky, clock);
  if (formatPeriodCode(period.code) !== formatPeriodCode(code)) throw new NotFoundError("report");
  return db.$transaction(async (tx) => {
    if (!(await allowed(tx, viewer, "create", committee.id, period.startsOn))) throw new RuleViolation("validation.reportNotAllowed");
    const periodRow = await ensureReportingPeriod(tx, period, period.calendar);
    const existing = await tx.periodReport.findUnique({ where: { committeeId_periodId: { committeeId: committee.id, periodId: periodRow.id } }, select: { id: true } });
    if (existing) throw new RuleViolation("validation.reportExists");
    const { shortName } = await tx.committee.findUniqueOrThrow({ where: { id: committee.id }, select: { shortName: true } });
    const year = vietnamYear(clock);
    const report = await tx.periodReport.create({
      data: {
        committeeId: committee.id,
        periodId: periodRow.id,
        documentYear: year,
        documentNumber: await nextDocumentNumber(tx, committee.id, year),
        documentSymbol: suggestedSymbol(shortName),
        createdById: viewer.id,
        updatedById: viewer.id,
      },
      select: { id: true, documentNumber: true, documentSymbol: true },
    });
    await writeFigures(tx, report.id, committee, period, {});
    await audit(tx, viewer, { action: "create", entity: "report", entityId: report.id, committeeId: committee.id, after: { period: formatPeriodCode(period.code), documentNumber: report.documentNumber, documentSymbol: report.documentSymbol } });
    return { id: report.id };
  });
}

type LoadedReport = {
  id: string;
  committeeId: string;
  status: ReportStatusValue;
  version: number;
  startsOn: Date;
  endsOn: Date;
  calendar: Calendar;
  kind: string;
  year: number;
  sequence: number;
  campaignPhaseId: string | null;
};

/** The report row, locked for the transaction, with its period; 404 when the viewer may not read it. */
async function loadForWrite(tx: Tx, viewer: Viewer, id: string): Promise<LoadedReport> {
  if (!isRecordId(id)) throw new NotFoundError("report");
  const [row] = await tx.$queryRaw<LoadedReport[]>`
    select r.id, r.committee_id as "committeeId", r.status::text as status, r.version, p.starts_on as "startsOn", p.ends_on as "endsOn",
           p.calendar::text as calendar, p.kind::text as kind, p.year, p.sequence, p.campaign_phase_id as "campaignPhaseId"
      from period_reports r join reporting_periods p on p.id = r.period_id
     where r.id = ${id} for update of r`;
  if (!row || !(await allowed(tx, viewer, "read", row.committeeId, row.startsOn))) throw new NotFoundError("report");
  return row;
}

/** Refuses a write based on an old version, naming who saved first and when. */
async function assertVersion(tx: Tx, report: LoadedReport, version: number): Promise<void> {
  if (report.version === version) return;
  const [row] = await tx.$queryRaw<{ name: string | null; updated_at: Date }[]>`
    select u.name, r.updated_at from period_reports r left join users u on u.id = r.updated_by_id where r.id = ${report.id}`;
  throw new StaleRecordError(row?.name ? { name: row.name, at: row.updated_at } : null);
}

/**
 * Replaces the report's figures with the dashboard's, as of now, keeping the
 * explanations typed (only for indicators that have a figure).
 */
async function writeFigures(tx: Tx, reportId: string, committee: Pick<DashboardCommittee, "id">, period: { startsOn: Date; endsOn: Date }, explanations: Record<string, string>): Promise<IndicatorFigure[]> {
  const periodId = (await tx.periodReport.findUniqueOrThrow({ where: { id: reportId }, select: { periodId: true } })).periodId;
  const figures = await committeeFigures(tx, { committeeId: committee.id, startsOn: period.startsOn, endsOn: period.endsOn, periodId });
  await tx.periodReportFigure.deleteMany({ where: { reportId } });
  if (figures.length > 0) {
    await tx.periodReportFigure.createMany({
      data: figures.map((figure) => ({
        reportId,
        indicatorId: figure.indicatorId,
        planned: figure.planned,
        delivered: figure.delivered,
        explanation: explanations[figure.indicatorId]?.trim() || null,
      })),
    });
  }
  return figures;
}

/** Saves the report's number and narrative; with intent "submit", also submits it (every indicator below target explained). */
export async function saveReport(viewer: Viewer, id: string, input: ReportInput): Promise<{ submitted: boolean }> {
  return getDb().$transaction(async (tx) => {
    const report = await loadForWrite(tx, viewer, id);
    if (!(await allowed(tx, viewer, "update", report.committeeId, report.startsOn))) throw new RuleViolation("validation.reportNotAllowed");
    if (!EDITABLE.includes(report.status)) throw new RuleViolation("validation.reportNotEditable");
    await assertVersion(tx, report, input.version);
    const submit = input.intent === "submit";
    const figures = await writeFigures(tx, report.id, { id: report.committeeId }, report, input.explanations);
    if (submit) {
      const unexplained = figures.find((figure) => figure.status === "below" && !input.explanations[figure.indicatorId]?.trim());
      if (unexplained) throw new RuleViolation("validation.reportExplanationRequired", explanationField(unexplained.indicatorId));
    }
    const year = input.documentNumber === null ? null : ((await tx.periodReport.findUniqueOrThrow({ where: { id }, select: { documentYear: true } })).documentYear ?? vietnamYear());
    const sections = { situation: input.situation, results: input.results, shortcomings: input.shortcomings, recommendations: input.recommendations, directions: input.directions };
    try {
      await tx.periodReport.update({
        where: { id },
        data: {
          ...sections,
          documentNumber: input.documentNumber,
          documentYear: year,
          documentSymbol: input.documentSymbol,
          version: { increment: 1 },
          updatedById: viewer.id,
          ...(submit ? { status: "SUBMITTED", submittedAt: new Date(), submittedBy: viewer.id, returnReason: null } : {}),
        },
      });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new RuleViolation("validation.reportNumberTaken", "documentNumber");
      throw error;
    }
    await audit(tx, viewer, {
      action: submit ? "submit" : "update",
      entity: "report",
      entityId: id,
      committeeId: report.committeeId,
      after: { documentNumber: input.documentNumber, documentSymbol: input.documentSymbol, ...(submit ? { status: "SUBMITTED" } : {}) },
    });
    return { submitted: submit };
  });
}

/** A leader of the committee or its parent approves a submitted report: its period locks. */
export async function approveReport(viewer: Viewer, id: string, version: number): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const report = await loadForWrite(tx, viewer, id);
    if (!(await allowed(tx, viewer, "approve", report.committeeId, report.startsOn))) throw new RuleViolation("validation.reportApproveNotAllowed");
    if (report.status !== "SUBMITTED") throw new RuleViolation("validation.reportNotSubmitted");
    await assertVersion(tx, report, version);
    await tx.periodReport.update({ where: { id }, data: { status: "APPROVED", approvedAt: new Date(), approvedBy: viewer.id, version: { increment: 1 }, updatedById: viewer.id } });
    await lockReportPeriod(tx, id);
    await audit(tx, viewer, { action: "approve", entity: "report", entityId: id, committeeId: report.committeeId, after: { status: "APPROVED" } });
  });
}

/** Sent back for rework with a reason (a submitted report), or reopened (an approved one: its period unlocks). */
export async function returnReport(viewer: Viewer, id: string, version: number, reason: string): Promise<{ reopened: boolean }> {
  return getDb().$transaction(async (tx) => {
    const report = await loadForWrite(tx, viewer, id);
    if (!(await allowed(tx, viewer, "approve", report.committeeId, report.startsOn))) throw new RuleViolation("validation.reportApproveNotAllowed");
    if (report.status !== "SUBMITTED" && report.status !== "APPROVED") throw new RuleViolation("validation.reportNotSubmitted");
    await assertVersion(tx, report, version);
    const reopening = report.status === "APPROVED";
    await tx.periodReport.update({ where: { id }, data: { status: "RETURNED", returnReason: reason, approvedAt: null, approvedBy: null, version: { increment: 1 }, updatedById: viewer.id } });
    if (reopening) await unlockReportPeriod(tx, id);
    await audit(tx, viewer, { action: reopening ? "reopen" : "return", entity: "report", entityId: id, committeeId: report.committeeId, before: { status: report.status }, after: { status: "RETURNED", reason } });
    return { reopened: reopening };
  });
}

/** One report with its figures (live while written, frozen once submitted), for a viewer who reads it. */
export async function getReport(viewer: Viewer, id: string): Promise<ReportView> {
  if (!isRecordId(id)) throw new NotFoundError("report");
  const db = getDb();
  const row = await db.periodReport.findUnique({
    where: { id },
    select: {
      ...summarySelect,
      version: true,
      documentYear: true,
      situation: true,
      results: true,
      shortcomings: true,
      recommendations: true,
      directions: true,
      returnReason: true,
      updatedAt: true,
      submitter: { select: { name: true } },
      approver: { select: { name: true } },
      updatedBy: { select: { name: true } },
      period: { select: { id: true, calendar: true, kind: true, year: true, sequence: true, startsOn: true, endsOn: true, campaignPhaseId: true } },
      figures: { select: { indicatorId: true, planned: true, delivered: true, explanation: true } },
    },
  });
  if (!row) throw new NotFoundError("report");
  const resource = await reportResource(db, viewer, row.committeeId, row.period.startsOn);
  if (!can(viewer, "read", resource)) throw new NotFoundError("report");
  const period = row.period;
  const periodCode: PeriodCode = period.campaignPhaseId ? { kind: "PHASE", phaseId: period.campaignPhaseId } : ({ kind: period.kind, year: period.year, sequence: period.sequence } as PeriodCode);
  const frozen = !EDITABLE.includes(row.status);
  const saved = new Map(row.figures.map((f) => [f.indicatorId, f]));
  // While written, the figures follow the records; once submitted, they are the ones frozen then.
  const live = await committeeFigures(db, { committeeId: row.committeeId, startsOn: period.startsOn, endsOn: period.endsOn, periodId: period.id });
  const figures: ReportFigure[] = live.flatMap((figure) => {
    const kept = saved.get(figure.indicatorId);
    if (!frozen) return [{ ...figure, explanation: kept?.explanation ?? null }];
    if (!kept) return [];
    const planned = kept.planned === null ? null : kept.planned.toString();
    const delivered = kept.delivered.toString();
    const percent = planned === null || Number(planned) === 0 ? null : Math.round((Number(delivered) * 1000) / Number(planned)) / 10;
    return [{ ...figure, planned, delivered, percent, status: figureStatus(planned, delivered), explanation: kept.explanation }];
  });
  return {
    ...toSummary(row),
    version: row.version,
    documentYear: row.documentYear,
    situation: row.situation,
    results: row.results,
    shortcomings: row.shortcomings,
    recommendations: row.recommendations,
    directions: row.directions,
    periodCode,
    startsOn: period.startsOn,
    endsOn: period.endsOn,
    returnReason: row.returnReason,
    submittedBy: row.submitter?.name ?? null,
    approvedBy: row.approver?.name ?? null,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy?.name ?? null,
    figures,
    frozen,
    canEdit: EDITABLE.includes(row.status) && can(viewer, "update", resource),
    canApprove: can(viewer, "approve", resource),
  };
}

/** What the Word file of a report names besides the report: the committee's locality and head, and the committee above it today. */
export async function reportDocumentFacts(report: Pick<ReportView, "committeeId">): Promise<{ locality: string; headName: string | null; parentName: string | null }> {
  const db = getDb();
  const committee = await db.committee.findUniqueOrThrow({ where: { id: report.committeeId }, select: { locality: true, headName: true } });
  const [parent] = await db.$queryRaw<{ name: string }[]>`
    select c.name from committee_parents p join committees c on c.id = p.parent_id
     where p.committee_id = ${report.committeeId} order by p.valid_from desc limit 1`;
  return { locality: committee.locality, headName: committee.headName, parentName: parent?.name ?? null };
}
