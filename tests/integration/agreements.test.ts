// Coordination agreements: create and edit through the server actions (every
// bad input answered at its field, nothing written), shared reading by every
// party committee, the lock and version checks, the signed PDF, the plan
// against what the linked records delivered (counted in SQL), linking a
// conference, the list on the list pattern, and the database's own refusals.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/policy";
import { createAgreementAction, linkConferenceAction, unlinkConferenceAction, updateAgreementAction } from "@/lib/actions/agreements";
import { emptyFormState, type FormState } from "@/lib/actions/form-state";
import { deleteRecordAction } from "@/lib/actions/records";
import { linkableConferences } from "@/lib/data/agreement-conferences";
import { agreementFilterChoices, exportAgreements, listAgreements } from "@/lib/data/agreement-list";
import { agreementDocument, agreementProgress, getAgreement } from "@/lib/data/agreements";
import { NotFoundError } from "@/lib/data/errors";
import { lockReportPeriod } from "@/lib/data/records/period-locks";
import { isPdf } from "@/lib/files/pdf";
import { viTranslator as t } from "@/lib/i18n/vietnamese";
import { agreementListSchema } from "@/lib/validation/agreement-list";
import { form, makeTree, outcome, PASSWORD, testDb, type Outcome, type Tree, type Users } from "./support/fixtures";
import { session } from "./support/next-mocks";
import { hashPassword } from "@/lib/auth/password";

vi.mock("@/lib/auth/viewer", async () => (await import("./support/next-mocks")).viewerModule);
vi.mock("next-intl/server", async () => (await import("./support/next-mocks")).i18nModule);
vi.mock("next/cache", async () => (await import("./support/next-mocks")).cacheModule);
vi.mock("next/headers", async () => (await import("./support/next-mocks")).headersModule);

const db = testDb();
let tree: Tree;
let users: Users;
let tag: string;
/** Staff of province X, which signs agreements that P keeps. */
let otherStaff: Viewer;
const partner = { P: "", X: "" };
const indicator = { dialogues: "", conferences: "", houses: "", models: "" };

const as = (viewer: Viewer | null) => {
  session.viewer = viewer;
};
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

beforeAll(async () => {
  ({ tree, users, tag } = await makeTree(db));
  const passwordHash = await hashPassword(PASSWORD);
  const email = `xstaff-${tag}@test.vn`;
  const created = await db.user.create({ data: { email, name: `xstaff ${tag}`, role: "STAFF", committeeId: tree.X, passwordHash }, select: { id: true } });
  otherStaff = { id: created.id, email, name: `xstaff ${tag}`, role: "STAFF", committeeId: tree.X };
  partner.P = (await db.partner.create({ data: { committeeId: tree.P, name: `Mặt trận Tổ quốc tỉnh ${tag}`, shortName: "MTTQ", kind: "FATHERLAND_FRONT" }, select: { id: true } })).id;
  partner.X = (await db.partner.create({ data: { committeeId: tree.X, name: `Hội Nông dân tỉnh khác ${tag}`, shortName: "HND", kind: "FARMERS_UNION" }, select: { id: true } })).id;
  const indicatorOf = async (code: string, source: "ACTIVITY_QUANTITY" | "CONFERENCE_COUNT" | "HOUSE_COUNT" | "MODEL_REGISTERED", unit: string) =>
    (await db.indicator.create({ data: { code: `${code}-${tag}`, name: `${code} ${tag}`, unit, source }, select: { id: true } })).id;
  indicator.dialogues = await indicatorOf("DIALOGUES", "ACTIVITY_QUANTITY", "cuộc");
  indicator.conferences = await indicatorOf("CONFS", "CONFERENCE_COUNT", "hội nghị");
  indicator.houses = await indicatorOf("HOUSES", "HOUSE_COUNT", "căn");
  indicator.models = await indicatorOf("MODELS", "MODEL_REGISTERED", "mô hình");
});
afterAll(() => db.$disconnect());

/** A valid agreement form: P keeps and leads it, X and P's front sign, two tasks with plans. */
const valid = (title = `Chương trình phối hợp ${tag}`): Record<string, string> => ({
  committeeId: tree.P,
  number: `01-CTr/${tag}`,
  title,
  signedOn: "2024-01-10",
  validFrom: "2024-01-15",
  validTo: "2025-12-31",
  summary: "Phối hợp tuyên truyền, vận động Nhân dân.",
  "parties.0.committeeId": tree.P,
  "parties.0.lead": "1",
  "parties.0.signerName": "Nguyễn Văn A",
  "parties.1.committeeId": tree.X,
  "parties.2.partnerId": partner.P,
  "tasks.0.content": "Tổ chức hội nghị chuyên đề",
  "tasks.0.responsibleParty": "0",
  "tasks.0.indicatorId": indicator.conferences,
  "tasks.0.targets.0.period": "2024",
  "tasks.0.targets.0.planned": "2",
  "tasks.0.targets.1.period": "2024-H2",
  "tasks.0.targets.1.planned": "1",
  "tasks.1.content": "Đối thoại với Nhân dân",
  "tasks.1.responsibleParty": "1",
  "tasks.1.indicatorId": indicator.dialogues,
  "tasks.1.targets.0.period": "2024",
  "tasks.1.targets.0.planned": "1.500",
  "tasks.1.targets.1.period": "",
  "tasks.1.targets.1.planned": "",
});

function withFile(values: Record<string, string>, file?: File): FormData {
  const data = form(values);
  if (file) data.set("document", file);
  return data;
}

const idFrom = (result: Outcome<FormState>) => {
  if (result.kind !== "redirect") throw new Error(`expected a redirect, got ${JSON.stringify(result)}`);
  return /\/ho-so\/phoi-hop\/([^?]+)\?/.exec(result.to)![1]!;
};

async function create(values = valid(), viewer: Viewer = users.leader, file?: File): Promise<string> {
  as(viewer);
  return idFrom(await outcome(() => createAgreementAction(emptyFormState, withFile(values, file))));
}

const versionOf = async (id: string) => (await db.agreement.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

describe("createAgreementAction", () => {
  it("creates the agreement with its parties (one lead), tasks and planned figures per period, audited", async () => {
    const id = await create(valid(`Tạo mới ${tag}`), users.leader, new File([PDF], "van-ban-ky.pdf", { type: "application/pdf" }));
    const agreement = await db.agreement.findUniqueOrThrow({
      where: { id },
      select: {
        committeeId: true,
        number: true,
        createdById: true,
        documentFile: { select: { contentType: true, byteSize: true, originalName: true } },
        parties: { orderBy: { position: "asc" }, select: { committeeId: true, partnerId: true, isLead: true, signerName: true } },
        tasks: { orderBy: { position: "asc" }, select: { content: true, responsibleParty: { select: { committeeId: true } }, targets: { select: { plannedValue: true, period: { select: { kind: true, year: true, sequence: true } } } } } },
      },
    });
    expect(agreement).toMatchObject({ committeeId: tree.P, number: `01-CTr/${tag}`, createdById: users.leader.id, documentFile: { contentType: "application/pdf", byteSize: PDF.byteLength, originalName: "van-ban-ky.pdf" } });
    expect(agreement.parties).toEqual([
      { committeeId: tree.P, partnerId: null, isLead: true, signerName: "Nguyễn Văn A" },
      { committeeId: tree.X, partnerId: null, isLead: false, signerName: null },
      { committeeId: null, partnerId: partner.P, isLead: false, signerName: null },
    ]);
    expect(agreement.tasks.map((task) => task.responsibleParty?.committeeId)).toEqual([tree.P, tree.X]);
    const planned = agreement.tasks.map((task) => task.targets.map((x) => `${x.period.kind}-${x.period.year}-${x.period.sequence}=${x.plannedValue.toString()}`).sort());
    expect(planned).toEqual([["HALF_YEAR-2024-2=1", "YEAR-2024-1=2"], ["YEAR-2024-1=1500"]]);
    expect(await db.auditEvent.count({ where: { entity: "agreement", entityId: id, action: "create", actorId: users.leader.id } })).toBe(1);
  });

  it("answers every bad input at its field in Vietnamese, keeps what was typed and writes nothing", async () => {
    as(users.staff);
    const before = { agreements: await db.agreement.count(), files: await db.storedFile.count() };
    const refuse = async (values: Record<string, string>, file?: File) => {
      const result = await outcome(() => createAgreementAction(emptyFormState, withFile(values, file)));
      if (result.kind !== "state") throw new Error(`expected a refusal, got ${JSON.stringify(result)}`);
      return result.state;
    };

    // End before start, at the end date; the typed values come back.
    const endBeforeStart = await refuse({ ...valid(), validTo: "2024-01-01" });
    expect(endBeforeStart.fieldErrors).toEqual({ validTo: t("agreements.validation.endBeforeStart") });
    expect(endBeforeStart.values).toMatchObject({ title: `Chương trình phối hợp ${tag}`, "tasks.1.targets.0.planned": "1.500" });

    // No lead, two leads.
    const noLead = { ...valid() };
    delete noLead["parties.0.lead"];
    expect((await refuse(noLead)).fieldErrors).toEqual({ parties: t("agreements.validation.oneLead") });
    expect((await refuse({ ...valid(), "parties.2.lead": "1" })).fieldErrors).toEqual({ parties: t("agreements.validation.oneLead") });

    // A party that is both a committee and a partner; one party only.
    expect((await refuse({ ...valid(), "parties.1.partnerId": partner.P })).fieldErrors).toMatchObject({ "parties.1.committeeId": t("agreements.validation.partyOneOf") });
    const single = { ...valid() };
    for (const key of Object.keys(single)) if (key.startsWith("parties.1.") || key.startsWith("parties.2.")) delete single[key];
    single["tasks.1.responsibleParty"] = "0";
    expect((await refuse(single)).fieldErrors).toEqual({ parties: t("agreements.validation.partiesMin") });

    // The same committee twice; the keeper not among the parties; a responsible party that is not a row.
    expect((await refuse({ ...valid(), "parties.2.partnerId": "", "parties.2.committeeId": tree.X })).fieldErrors).toEqual({ "parties.2.committeeId": t("agreements.validation.partyTwice") });
    expect((await refuse({ ...valid(), "parties.0.committeeId": tree.D })).fieldErrors).toEqual({ committeeId: t("agreements.validation.keeperNotParty") });
    expect((await refuse({ ...valid(), "tasks.1.responsibleParty": "7" })).fieldErrors).toEqual({ "tasks.1.responsibleParty": t("agreements.validation.responsibleParty") });

    // Plans: a bad period, a bad figure, a period twice, a plan without an indicator, an indicator records cannot deliver.
    expect((await refuse({ ...valid(), "tasks.0.targets.1.period": "2024-H3", "tasks.0.targets.1.planned": "-1" })).fieldErrors).toEqual({
      "tasks.0.targets.1.period": t("agreements.validation.period"),
      "tasks.0.targets.1.planned": t("agreements.validation.planned"),
    });
    expect((await refuse({ ...valid(), "tasks.0.targets.1.period": "2024" })).fieldErrors).toEqual({ "tasks.0.targets.1.period": t("agreements.validation.periodTwice") });
    expect((await refuse({ ...valid(), "tasks.1.indicatorId": "" })).fieldErrors).toEqual({ "tasks.1.indicatorId": t("agreements.validation.targetsNeedIndicator") });
    expect((await refuse({ ...valid(), "tasks.1.indicatorId": indicator.models })).fieldErrors).toEqual({ "tasks.1.indicatorId": t("agreements.validation.indicatorNotCountable") });

    // Dates: not a day; an early end before the start.
    expect((await refuse({ ...valid(), signedOn: "2024-02-30" })).fieldErrors).toEqual({ signedOn: t("agreements.validation.day") });
    expect((await refuse({ ...valid(), endedOn: "2023-12-31" })).fieldErrors).toEqual({ endedOn: t("agreements.validation.endedBeforeStart") });

    // A committee the staff member does not record for; a partner they do not read.
    expect((await refuse({ ...valid(), committeeId: tree.X })).fieldErrors).toEqual({ committeeId: t("validation.recordCommittee") });
    expect((await refuse({ ...valid(), "parties.2.partnerId": partner.X })).fieldErrors).toEqual({ "parties.2.partnerId": t("agreements.validation.partner") });

    // A file that is not a PDF, whatever its name and type; one above the size limit.
    const fake = new File([new TextEncoder().encode("<html>not a pdf</html>")], "van-ban.pdf", { type: "application/pdf" });
    expect((await refuse(valid(), fake)).fieldErrors).toEqual({ document: t("agreements.validation.documentNotPdf") });
    const huge = new File([new Uint8Array(20 * 1024 * 1024 + 1)], "lon.pdf", { type: "application/pdf" });
    expect((await refuse(valid(), huge)).fieldErrors).toEqual({ document: t("agreements.validation.documentTooLarge", { max: 20 }) });

    expect({ agreements: await db.agreement.count(), files: await db.storedFile.count() }).toEqual(before);
  });

  it("refuses a signing day in a period an approved report has locked, naming the report", async () => {
    const period = await db.reportingPeriod.create({
      data: { kind: "MONTH", year: 2099, sequence: 3, label: "Tháng 3/2099", startsOn: day("2099-03-01"), endsOn: day("2099-03-31"), committeeId: tree.P },
      select: { id: true },
    });
    const report = await db.periodReport.create({
      data: { committeeId: tree.P, periodId: period.id, status: "APPROVED", submittedAt: new Date("2000-01-03T03:00:00Z"), approvedAt: new Date("2099-04-02T03:00:00Z"), approvedBy: users.leader.id },
      select: { id: true },
    });
    await db.$transaction((tx) => lockReportPeriod(tx, report.id));
    as(users.staff);
    const before = await db.agreement.count();
    const result = await outcome(() => createAgreementAction(emptyFormState, form({ ...valid(), signedOn: "2099-03-10", validFrom: "2099-03-10", validTo: "2099-12-31" })));
    expect(result.kind).toBe("state");
    if (result.kind === "state") expect(result.state.fieldErrors.signedOn).toContain(users.leader.name);
    expect(await db.agreement.count()).toBe(before);

    // Moving an open agreement into the locked month is refused too.
    const id = await create(valid(`Khóa sổ ${tag}`), users.staff);
    const moved = await outcome(() => updateAgreementAction(id, emptyFormState, form({ ...valid(`Khóa sổ ${tag}`), signedOn: "2099-03-02", version: 1 })));
    expect(moved.kind === "state" && moved.state.fieldErrors.signedOn).toContain(users.leader.name);
    expect((await db.agreement.findUniqueOrThrow({ where: { id }, select: { signedOn: true } })).signedOn).toEqual(day("2024-01-10"));
  });
});

describe("updateAgreementAction", () => {
  it("saves with the version the form saw, replaces parties and tasks, and refuses a stale save naming who saved first", async () => {
    const id = await create(valid(`Sửa ${tag}`), users.staff);
    const version = await versionOf(id);
    as(users.leader);
    const edited = { ...valid(`Sửa ${tag}`), number: `02-CTr/${tag}`, "parties.2.partnerId": "", "tasks.1.targets.0.planned": "12", version: String(version) };
    expect(await outcome(() => updateAgreementAction(id, emptyFormState, form(edited)))).toEqual({ kind: "redirect", to: `/ho-so/phoi-hop/${id}?saved=1` });
    const after = await db.agreement.findUniqueOrThrow({ where: { id }, select: { number: true, version: true, updatedById: true, _count: { select: { parties: true } } } });
    expect(after).toEqual({ number: `02-CTr/${tag}`, version: version + 1, updatedById: users.leader.id, _count: { parties: 2 } });

    as(users.staff);
    const stale = await outcome(() => updateAgreementAction(id, emptyFormState, form({ ...edited, number: "cũ" })));
    expect(stale.kind).toBe("state");
    if (stale.kind === "state") {
      expect(stale.state.formError).toContain(users.leader.name);
      expect(stale.state.values.number).toBe("cũ");
    }
    expect((await db.agreement.findUniqueOrThrow({ where: { id }, select: { number: true } })).number).toBe(`02-CTr/${tag}`);
    const audited = await db.auditEvent.findFirstOrThrow({ where: { entity: "agreement", entityId: id, action: "update" }, select: { before: true, after: true } });
    expect(audited.after).toMatchObject({ number: `02-CTr/${tag}` });
    expect(JSON.stringify(audited.before)).toContain("Mặt trận Tổ quốc");
  });

  it("another committee gets 404; a signatory committee reads but may not edit; the keeper ends it early", async () => {
    const id = await create(valid(`Quyền ${tag}`), users.staff);
    const version = String(await versionOf(id));
    as(users.childStaff);
    expect(await outcome(() => updateAgreementAction(id, emptyFormState, form({ ...valid(), version })))).toEqual({ kind: "notFound" });
    as({ ...users.staff, committeeId: tree.C });
    expect(await outcome(() => updateAgreementAction(id, emptyFormState, form({ ...valid(), version })))).toEqual({ kind: "notFound" });
    as(otherStaff);
    expect(await outcome(() => updateAgreementAction(id, emptyFormState, form({ ...valid(), version })))).toMatchObject({ kind: "state", state: { formError: t("agreements.validation.notYours") } });
    expect(await outcome(() => deleteRecordAction("agreement", id, emptyFormState, form({ version })))).toEqual({ kind: "notFound" });

    as(users.staff);
    const ended = await outcome(() => updateAgreementAction(id, emptyFormState, form({ ...valid(`Quyền ${tag}`), endedOn: "2025-03-31", version })));
    expect(ended.kind).toBe("redirect");
    expect((await getAgreement(users.staff, id)).status).toBe("ENDED");
  });
});

describe("reading: every party committee reads the agreement", () => {
  it("the keeper's lineage and each signatory committee read it and its document; others get 404", async () => {
    const id = await create(valid(`Đọc ${tag}`), users.leader, new File([PDF], "ky.pdf"));
    for (const viewer of [users.leader, users.staff, users.admin, otherStaff]) {
      const agreement = await getAgreement(viewer, id);
      expect(agreement.parties.map((p) => p.committee?.id ?? p.partner?.id)).toEqual([tree.P, tree.X, partner.P]);
      const document = await agreementDocument(viewer, id);
      expect(document && isPdf(document.data)).toBe(true);
    }
    expect((await getAgreement(otherStaff, id)).canUpdate).toBe(false);
    expect((await getAgreement(users.staff, id)).canUpdate).toBe(true);
    expect((await getAgreement(users.editor, id)).canUpdate).toBe(false);
    for (const viewer of [users.childStaff, { ...users.editor, committeeId: tree.C }, { ...users.staff, committeeId: tree.C }]) {
      await expect(getAgreement(viewer, id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(agreementDocument(viewer, id)).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it("removing or replacing the document deletes the old bytes", async () => {
    const id = await create(valid(`Tài liệu ${tag}`), users.staff, new File([PDF], "a.pdf"));
    const { documentFileId } = await db.agreement.findUniqueOrThrow({ where: { id }, select: { documentFileId: true } });
    as(users.staff);
    const version = String(await versionOf(id));
    const removed = await outcome(() => updateAgreementAction(id, emptyFormState, form({ ...valid(`Tài liệu ${tag}`), removeDocument: "1", version })));
    expect(removed.kind).toBe("redirect");
    expect(await db.storedFile.count({ where: { id: documentFileId! } })).toBe(0);
    expect(await agreementDocument(users.staff, id)).toBeNull();
  });
});

describe("plan against delivered", () => {
  it("counts in SQL the records linked to the agreement, per planned period and in all, leaving out deleted and unlinked ones", async () => {
    const id = await create(valid(`Kết quả ${tag}`), users.staff);
    const activities: { on: string; quantity: number; linked: boolean; deleted?: boolean }[] = [
      { on: "2024-03-05", quantity: 3, linked: true },
      { on: "2024-08-20", quantity: 4, linked: true },
      { on: "2025-02-01", quantity: 5, linked: true },
      { on: "2024-04-01", quantity: 100, linked: true, deleted: true },
      { on: "2024-05-01", quantity: 50, linked: false },
    ];
    for (const a of activities) {
      await db.activity.create({
        data: { committeeId: tree.P, indicatorId: indicator.dialogues, title: `Đối thoại ${tag}`, occurredOn: day(a.on), quantity: a.quantity, agreementId: a.linked ? id : null, deletedAt: a.deleted ? new Date() : null },
      });
    }
    const conferences: { on: string; kind: "INTERIM_REVIEW" | "BRIEFING"; linked: boolean }[] = [
      { on: "2024-06-10", kind: "BRIEFING", linked: true },
      { on: "2024-12-20", kind: "INTERIM_REVIEW", linked: true },
      { on: "2024-09-09", kind: "BRIEFING", linked: false },
    ];
    for (const c of conferences) {
      await db.conference.create({ data: { committeeId: tree.X, kind: c.kind, title: `Hội nghị ${tag} ${c.on}`, heldOn: day(c.on), agreementId: c.linked ? id : null } });
    }

    const within = (on: string, from: string, to: string) => on >= from && on <= to;
    const sum = (from: string, to: string) => activities.filter((a) => a.linked && !a.deleted && within(a.on, from, to)).reduce((n, a) => n + a.quantity, 0);
    const count = (from: string, to: string) => conferences.filter((c) => c.linked && within(c.on, from, to)).length;

    const progress = await agreementProgress(db, id);
    const tasks = await db.agreementTask.findMany({ where: { agreementId: id }, orderBy: { position: "asc" }, select: { id: true } });
    const rows = (taskId: string) => progress.filter((row) => row.taskId === taskId).map((row) => [row.period ? `${row.period.kind}-${row.period.year}-${row.period.sequence}` : "all", row.planned, row.delivered]);
    expect(rows(tasks[0]!.id)).toEqual([
      ["YEAR-2024-1", "2.00", String(count("2024-01-01", "2024-12-31"))],
      ["HALF_YEAR-2024-2", "1.00", String(count("2024-07-01", "2024-12-31"))],
      ["all", null, String(count("0000-01-01", "9999-12-31"))],
    ]);
    expect(rows(tasks[1]!.id)).toEqual([
      ["YEAR-2024-1", "1500.00", `${sum("2024-01-01", "2024-12-31")}.00`],
      ["all", null, `${sum("0000-01-01", "9999-12-31")}.00`],
    ]);

    // The page shows the same, and the review held under it (the expired agreement is therefore not flagged).
    const page = await getAgreement(users.staff, id);
    expect(page.tasks[0]!.progress.map((row) => row.delivered)).toEqual(["2", "1", "2"]);
    expect(page.reviews.map((r) => r.heldOn)).toEqual([day("2024-12-20")]);
    expect(page.otherConferences).toHaveLength(1);
    expect(page).toMatchObject({ status: "EXPIRED", flagged: false });
  });
});

describe("linking a conference (Gắn hội nghị)", () => {
  it("links a conference the viewer may update, through its version, lock check and audit; unlinks it", async () => {
    const id = await create(valid(`Gắn ${tag}`), users.staff);
    const conference = await db.conference.create({ data: { committeeId: tree.P, kind: "YEAR_END_REVIEW", title: `Tổng kết ${tag}`, heldOn: day("2024-12-01") }, select: { id: true, version: true } });
    const foreign = await db.conference.create({ data: { committeeId: tree.X, kind: "BRIEFING", title: `Giao ban X ${tag}`, heldOn: day("2024-12-02") }, select: { id: true, version: true } });
    const early = await db.conference.create({ data: { committeeId: tree.P, kind: "BRIEFING", title: `Trước khi ký ${tag}`, heldOn: day("2023-12-01") }, select: { id: true, version: true } });

    const offered = (await linkableConferences(users.staff, id)).map((c) => c.id);
    expect(offered).toContain(conference.id);
    expect(offered).not.toContain(foreign.id);
    expect(offered).not.toContain(early.id);
    expect((await linkableConferences(otherStaff, id)).map((c) => c.id)).toContain(foreign.id);

    as(users.staff);
    const link = (c: { id: string; version: number }) => outcome(() => linkConferenceAction(id, emptyFormState, form({ conference: `${c.id}.${c.version}` })));
    expect(await link(foreign)).toMatchObject({ kind: "state", state: { fieldErrors: { conference: t("agreements.validation.conference") } } });
    expect(await link(early)).toMatchObject({ kind: "state", state: { fieldErrors: { conference: t("agreements.validation.conferenceBeforeSigning") } } });
    expect(await outcome(() => linkConferenceAction(id, emptyFormState, form({ conference: "x" })))).toMatchObject({ kind: "state", state: { fieldErrors: { conference: t("agreements.validation.conference") } } });

    expect(await link(conference)).toEqual({ kind: "redirect", to: `/ho-so/phoi-hop/${id}?linked=1` });
    const linked = await db.conference.findUniqueOrThrow({ where: { id: conference.id }, select: { agreementId: true, version: true, updatedById: true } });
    expect(linked).toEqual({ agreementId: id, version: conference.version + 1, updatedById: users.staff.id });
    expect(await db.auditEvent.count({ where: { entity: "conference", entityId: conference.id, action: "update", actorId: users.staff.id } })).toBe(1);
    expect((await getAgreement(users.staff, id)).reviews.map((r) => r.id)).toEqual([conference.id]);

    // The version the form saw has moved on: refused, naming who saved first.
    as(users.leader);
    const stale = await link(conference);
    expect(stale.kind === "state" && stale.state.formError).toContain(users.staff.name);

    // An agreement the viewer does not read answers 404.
    as(users.childStaff);
    expect(await link({ id: conference.id, version: linked.version })).toEqual({ kind: "notFound" });

    as(users.staff);
    expect(await outcome(() => unlinkConferenceAction(id, emptyFormState, form({ conference: `${conference.id}.${linked.version}` })))).toEqual({
      kind: "redirect",
      to: `/ho-so/phoi-hop/${id}?unlinked=1`,
    });
    expect((await db.conference.findUniqueOrThrow({ where: { id: conference.id }, select: { agreementId: true } })).agreementId).toBeNull();
  });

  it("refuses to link a conference of a locked period", async () => {
    const id = await create({ ...valid(`Gắn khóa ${tag}`), signedOn: "2099-01-10", validFrom: "2099-01-10", validTo: "2099-12-31" }, users.staff);
    const locked = await db.conference.create({ data: { committeeId: tree.P, kind: "BRIEFING", title: `Khóa ${tag}`, heldOn: day("2099-03-15") }, select: { id: true, version: true } });
    as(users.staff);
    const result = await outcome(() => linkConferenceAction(id, emptyFormState, form({ conference: `${locked.id}.${locked.version}` })));
    expect(result.kind === "state" && result.state.fieldErrors.conference).toContain(users.leader.name);
    expect((await db.conference.findUniqueOrThrow({ where: { id: locked.id }, select: { agreementId: true, version: true } })).version).toBe(locked.version);
  });
});

describe("listAgreements", () => {
  it("lists what the viewer reads (kept or signed within their lineage), searches without diacritics, filters and totals in SQL", async () => {
    const expired = await create(valid(`Danh sách ${tag} hết hạn`), users.staff);
    const future = await create({ ...valid(`Danh sách ${tag} tương lai`), signedOn: "2098-12-01", validFrom: "2099-01-01", validTo: "" }, users.staff);
    const seen = async (viewer: Viewer, extra: Record<string, string> = {}) =>
      (await listAgreements(viewer, agreementListSchema.parse({ q: `danh sach`, ...extra }))).rows.filter((r) => r.title.includes(tag)).map((r) => r.id).sort();
    expect(await seen(users.leader)).toEqual([expired, future].sort());
    expect(await seen(otherStaff)).toEqual([expired, future].sort());
    expect(await seen(users.childStaff)).toEqual([]);
    expect(await seen(users.editor)).toEqual([expired, future].sort());

    const list = await listAgreements(users.staff, agreementListSchema.parse({ q: `DANH SACH ${tag}` }));
    expect(list.rows.map((r) => [r.id, r.status, r.flagged])).toEqual([
      [future, "UPCOMING", false],
      [expired, "EXPIRED", true],
    ]);
    expect(list.totals).toMatchObject({ agreements: 2n, UPCOMING: 1n, EXPIRED: 1n, IN_FORCE: 0n, ENDED: 0n, flagged: 1n });
    expect(list.rows[1]).toMatchObject({ leadName: expect.stringContaining("Ban Dân vận P"), taskCount: 2 });
    expect(list.rows[1]!.parties).toContain("Mặt trận Tổ quốc");

    expect(await seen(users.staff, { chua_so_ket: "1", q: `danh sach ${tag}` })).toEqual([expired]);
    expect(await seen(users.staff, { trang_thai: "chua-hieu-luc", q: `danh sach ${tag}` })).toEqual([future]);
    expect(await seen(users.staff, { ben: partner.P, q: `danh sach ${tag}` })).toEqual([expired, future].sort());
    expect(await seen(users.staff, { ban: tree.X, q: `danh sach ${tag}` })).toEqual([expired, future].sort());
    expect(await seen(users.staff, { ban: tree.D, q: `danh sach ${tag}` })).toEqual([]);
    expect(await seen(users.staff, { q: `01-ctr/${tag}` })).toEqual(expect.arrayContaining([expired, future]));

    const exported = await exportAgreements(otherStaff, agreementListSchema.parse({ q: `danh sach ${tag}` }));
    expect(exported.totals.agreements).toBe(2n);
    const choices = await agreementFilterChoices(otherStaff);
    expect(choices.parties.map((c) => c.id)).toEqual(expect.arrayContaining([tree.P, tree.X, partner.P]));

    // Deleted: gone from the list and the page.
    as(users.staff);
    expect(await outcome(() => deleteRecordAction("agreement", future, emptyFormState, form({ version: 1 })))).toEqual({ kind: "redirect", to: "/ho-so/phoi-hop?deleted=1" });
    expect(await seen(users.staff, { q: `danh sach ${tag}` })).toEqual([expired]);
    await expect(getAgreement(users.staff, future)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the database refuses what the form refuses", () => {
  it("an end before the start, a party both committee and partner (or neither), two leads, a negative plan", async () => {
    const base = { committeeId: tree.P, title: `Trực tiếp ${tag}`, signedOn: day("2024-01-01"), validFrom: day("2024-01-01") };
    await expect(db.agreement.create({ data: { ...base, validTo: day("2023-12-31") } })).rejects.toThrow(/agreements_valid_to_after_valid_from/);
    await expect(db.agreement.create({ data: { ...base, endedOn: day("2023-12-31") } })).rejects.toThrow(/agreements_ended_on_after_valid_from/);
    const { id } = await db.agreement.create({ data: base, select: { id: true } });
    await expect(db.agreementParty.create({ data: { agreementId: id, committeeId: tree.P, partnerId: partner.P } })).rejects.toThrow(/agreement_parties_one_signatory/);
    await expect(db.agreementParty.create({ data: { agreementId: id } })).rejects.toThrow(/agreement_parties_one_signatory/);
    await db.agreementParty.create({ data: { agreementId: id, committeeId: tree.P, isLead: true } });
    await expect(db.agreementParty.create({ data: { agreementId: id, committeeId: tree.X, isLead: true } })).rejects.toThrow(/agreement_parties_one_lead|Unique constraint/);
    await expect(db.agreementParty.create({ data: { agreementId: id, committeeId: tree.P } })).rejects.toThrow(/Unique constraint/);
    const task = await db.agreementTask.create({ data: { agreementId: id, position: 1, content: "x" }, select: { id: true } });
    const period = await db.reportingPeriod.findFirstOrThrow({ where: { committeeId: null }, select: { id: true } });
    await expect(db.agreementTaskTarget.create({ data: { taskId: task.id, periodId: period.id, plannedValue: -1 } })).rejects.toThrow(/agreement_task_targets_planned_value_non_negative/);
  });
});
