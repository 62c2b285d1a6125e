// Period reports through the server actions: created once per committee and
// period with the next number of the register; saved and submitted with an
// explanation for every indicator below target (figures frozen in
// period_report_figures); approved by a leader, which locks the period for
// every record write; returned or reopened only with a reason, which unlocks
// it; stale saves refused naming the first editor; other provinces get 404;
// and the database refuses the same bad rows.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/policy";
import { emptyFormState, type FormState } from "@/lib/actions/form-state";
import { approveReportAction, createReportAction, returnReportAction, saveReportAction } from "@/lib/actions/reports";
import { PeriodLockedError } from "@/lib/data/errors";
import { assertPeriodsOpen } from "@/lib/data/records/period-locks";
import { ensureReportingPeriod } from "@/lib/data/reporting-periods";
import { getReport, suggestedSymbol } from "@/lib/data/reports";
import { vi as catalog } from "@/lib/i18n/messages/vi";
import { form, makeTree, outcome, testDb, type Outcome, type Tree, type Users } from "./support/fixtures";
import { session } from "./support/next-mocks";

vi.mock("@/lib/auth/viewer", async () => (await import("./support/next-mocks")).viewerModule);
vi.mock("next-intl/server", async () => (await import("./support/next-mocks")).i18nModule);
vi.mock("next/cache", async () => (await import("./support/next-mocks")).cacheModule);
vi.mock("next/headers", async () => (await import("./support/next-mocks")).headersModule);

const db = testDb();
let tree: Tree;
let users: Users;
let tag: string;
let indicatorId = "";
let reportId = "";

const as = (viewer: Viewer | null) => {
  session.viewer = viewer;
};
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const state = (result: Outcome<FormState>): FormState => {
  if (result.kind !== "state") throw new Error(`expected a form state, got ${result.kind}`);
  return result.state;
};
const read = () => db.periodReport.findUniqueOrThrow({ where: { id: reportId }, select: { status: true, version: true, returnReason: true, documentNumber: true } });
const sections = { documentSymbol: "BC/BDVTU", situation: "Tình hình chung ổn định.", results: "Đã bàn giao nhà.", shortcomings: "", recommendations: "", directions: "Tiếp tục." };

beforeAll(async () => {
  ({ tree, users, tag } = await makeTree(db));
  indicatorId = (await db.indicator.create({ data: { code: `bc-${tag}`, name: `Đối thoại ${tag}`, unit: "cuộc", source: "ACTIVITY_QUANTITY" }, select: { id: true } })).id;
  // Four dialogues held by the province in the first half of 2096 (one on its last day), one the day after.
  for (const [on, quantity] of [["2096-03-01", 3], ["2096-06-30", 1], ["2096-07-01", 5]] as const) {
    await db.activity.create({ data: { committeeId: tree.P, indicatorId, title: `Đối thoại ${tag} ${on}`, occurredOn: day(on), quantity } });
  }
});

afterAll(async () => {
  await db.$disconnect();
});

describe("period reports", () => {
  it("creates the report of a period once, numbered as the next of the committee's register", async () => {
    as(users.staff);
    const created = await outcome(() => createReportAction(emptyFormState, form({ committeeId: tree.P, ky: "2096-H1" })));
    expect(created.kind).toBe("redirect");
    reportId = (created as { to: string }).to.match(/\/bao-cao\/([^?]+)\?saved=1$/)![1]!;
    expect((await read()).documentNumber).toBe(1);
    // The period row is shared: the second ensure finds the first.
    const period = await db.periodReport.findUniqueOrThrow({ where: { id: reportId }, select: { periodId: true, period: { select: { startsOn: true, endsOn: true } } } });
    expect(period.period).toEqual({ startsOn: day("2096-01-01"), endsOn: day("2096-06-30") });
    const twice = await Promise.all([1, 2].map(() => db.$transaction((tx) => ensureReportingPeriod(tx, { code: { kind: "HALF_YEAR", year: 2096, sequence: 1 }, startsOn: day("2096-01-01"), endsOn: day("2096-06-30") }, "CALENDAR"))));
    expect(twice.map((p) => p.id)).toEqual([period.periodId, period.periodId]);

    // A second report of the same period, and one for a committee the viewer does not act for, are refused.
    expect(state(await outcome(() => createReportAction(emptyFormState, form({ committeeId: tree.P, ky: "2096-H1" })))).formError).toBe(catalog.validation.reportExists);
    // The district below is read by the province's staff, not written for: its own staff write its report.
    expect(state(await outcome(() => createReportAction(emptyFormState, form({ committeeId: tree.D, ky: "2096-H1" })))).formError).toBe(catalog.validation.reportNotAllowed);
    as(users.childStaff);
    expect(await outcome(() => createReportAction(emptyFormState, form({ committeeId: tree.P, ky: "2096-H1" })))).toEqual({ kind: "notFound" });
    expect(await db.periodReport.count({ where: { committeeId: tree.P } })).toBe(1);
    // A target for the period: 10 dialogues.
    await db.target.create({ data: { committeeId: tree.P, periodId: period.periodId, indicatorId, plannedValue: 10 } });
  });

  it("submits only with an explanation for every indicator below target, and freezes the figures", async () => {
    as(users.staff);
    const { version } = await read();
    const missing = state(await outcome(() => saveReportAction(reportId, emptyFormState, form({ ...sections, version, documentNumber: 45, intent: "submit" }))));
    expect(missing.fieldErrors[`explanations.${indicatorId}`]).toBe(catalog.validation.reportExplanationRequired);
    expect(missing.values.situation).toBe(sections.situation);
    expect(await read()).toMatchObject({ status: "DRAFT", version });

    const badNumber = state(await outcome(() => saveReportAction(reportId, emptyFormState, form({ ...sections, version, documentNumber: "-3", documentSymbol: "BC <x>" }))));
    expect(badNumber.fieldErrors).toMatchObject({ documentNumber: catalog.validation.reportNumber, documentSymbol: catalog.validation.reportSymbol });

    const stale = state(await outcome(() => saveReportAction(reportId, emptyFormState, form({ ...sections, version: version - 1 + 5 }))));
    expect(stale.formError).toContain(users.staff.name);

    const explained = { ...sections, version, documentNumber: 45, intent: "submit", [`explanations.${indicatorId}`]: "Hai xã chưa tổ chức được do mưa lũ." };
    expect(await outcome(() => saveReportAction(reportId, emptyFormState, form(explained)))).toEqual({ kind: "redirect", to: `/bao-cao/${reportId}?submitted=1` });
    expect(await read()).toMatchObject({ status: "SUBMITTED", documentNumber: 45 });
    const frozen = await db.periodReportFigure.findUniqueOrThrow({ where: { reportId_indicatorId: { reportId, indicatorId } } });
    expect({ planned: frozen.planned?.toString(), delivered: frozen.delivered.toString(), explanation: frozen.explanation }).toEqual({ planned: "10", delivered: "4", explanation: "Hai xã chưa tổ chức được do mưa lũ." });
    const view = await getReport(users.leader, reportId);
    expect(view.figures.find((f) => f.indicatorId === indicatorId)).toMatchObject({ planned: "10", delivered: "4", percent: 40, status: "below" });
    // A submitted report is not edited any more.
    const submitted = (await read()).version;
    expect(state(await outcome(() => saveReportAction(reportId, emptyFormState, form({ ...sections, version: submitted })))).formError).toBe(catalog.validation.reportNotEditable);
  });

  it("a leader approves it and the period locks; reopening needs a reason and unlocks it", async () => {
    const inPeriod = [{ committeeId: tree.C, on: day("2096-05-05") }];
    as(users.staff);
    expect(state(await outcome(async () => approveReportAction(reportId, emptyFormState, form({ version: (await read()).version })))).formError).toBe(catalog.validation.reportApproveNotAllowed);
    as(users.leader);
    expect(await outcome(async () => approveReportAction(reportId, emptyFormState, form({ version: (await read()).version })))).toEqual({ kind: "redirect", to: `/bao-cao/${reportId}?approved=1` });
    expect((await read()).status).toBe("APPROVED");
    await expect(db.$transaction((tx) => assertPeriodsOpen(tx, inPeriod))).rejects.toBeInstanceOf(PeriodLockedError);
    await db.$transaction((tx) => assertPeriodsOpen(tx, [{ committeeId: tree.C, on: day("2096-07-01") }]));

    const noReason = state(await outcome(async () => returnReportAction(reportId, emptyFormState, form({ version: (await read()).version, reason: "  " }))));
    expect(noReason.fieldErrors.reason).toBe(catalog.validation.required);
    expect((await read()).status).toBe("APPROVED");
    expect(await outcome(async () => returnReportAction(reportId, emptyFormState, form({ version: (await read()).version, reason: "Bổ sung số liệu xã C." })))).toEqual({ kind: "redirect", to: `/bao-cao/${reportId}?reopened=1` });
    expect(await read()).toMatchObject({ status: "RETURNED", returnReason: "Bổ sung số liệu xã C." });
    await db.$transaction((tx) => assertPeriodsOpen(tx, inPeriod));
    const steps = await db.auditEvent.findMany({ where: { entity: "report", entityId: reportId }, select: { action: true }, orderBy: { id: "asc" } });
    expect(steps.map((s) => s.action)).toEqual(["create", "submit", "approve", "reopen"]);
  });

  it("another province's leader does not see it; the database refuses the same bad rows", async () => {
    const otherLeader = await db.user.create({ data: { email: `x-leader-${tag}@test.vn`, name: "X", role: "LEADER", committeeId: tree.X, passwordHash: "x" }, select: { id: true } });
    as({ id: otherLeader.id, email: `x-leader-${tag}@test.vn`, name: "X", role: "LEADER", committeeId: tree.X });
    expect(await outcome(async () => approveReportAction(reportId, emptyFormState, form({ version: 1 })))).toEqual({ kind: "notFound" });
    await expect(getReport({ id: otherLeader.id, email: "x", name: "X", role: "LEADER", committeeId: tree.X }, reportId)).rejects.toThrow(/not found/);

    await expect(db.$executeRaw`update period_reports set return_reason = null where id = ${reportId}`).rejects.toThrow(/period_reports_returned_reason/);
    await expect(db.$executeRaw`update period_reports set status = 'APPROVED', approved_at = null where id = ${reportId}`).rejects.toThrow(/period_reports_approved_dated/);
    await expect(db.$executeRaw`update period_reports set document_year = null where id = ${reportId}`).rejects.toThrow(/period_reports_document_number_pair/);
    await expect(db.$executeRaw`update period_report_figures set delivered = -1 where report_id = ${reportId}`).rejects.toThrow(/period_report_figures_non_negative/);
  });

  it("suggests a symbol from the committee's short name", () => {
    expect(suggestedSymbol("Ban Dân vận Tỉnh ủy")).toBe("BC/BDVTU");
    expect(suggestedSymbol("Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang")).toBe("BC/BTGDVTUAG");
  });
});
