// Conferences: create and edit through the server actions (messages at the
// field, values kept, nothing written on bad input, locked periods, stale
// versions naming the first editor, other committees refused), co-hosts that
// read what names them, the list's filters, pages and SQL totals, soft delete,
// and the database's own refusals.
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as photoRoute from "@/app/(workspace)/ho-so/hoi-nghi/[id]/anh/[photoId]/route";
import * as exportRoute from "@/app/api/xuat/hoi-nghi/route";
import type { Viewer } from "@/lib/auth/policy";
import { createConferenceAction, updateConferenceAction } from "@/lib/actions/conferences";
import { emptyFormState, type FormState } from "@/lib/actions/form-state";
import { mergePartnerAction } from "@/lib/actions/partners";
import { deleteRecordAction } from "@/lib/actions/records";
import { exportConferences, listConferences } from "@/lib/data/conference-list";
import { conferenceFormChoices, getConference } from "@/lib/data/conferences";
import { lockReportPeriod } from "@/lib/data/records/period-locks";
import { messageText, type MessageKey } from "@/lib/i18n/message-key";
import { viTranslator as t } from "@/lib/i18n/vietnamese";
import { conferenceListSchema } from "@/lib/validation/conference-list";
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
let partnerP: string;
let partnerX: string;

const as = (viewer: Viewer | null) => {
  session.viewer = viewer;
};
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A valid form of a conference hosted by `committeeId`. */
const valid = (committeeId: string, overrides: Record<string, string | number> = {}): Record<string, string | number> => ({
  committeeId,
  kind: "INTERIM_REVIEW",
  title: `Hội nghị sơ kết công tác dân vận ${tag}`,
  heldOn: "2098-07-05",
  startTime: "08:00",
  place: "Hội trường Tỉnh ủy",
  chairName: "Huỳnh Văn Danh",
  chairTitle: "Trưởng Ban Dân vận Tỉnh ủy",
  attendance: "150",
  reviewedPeriod: "2098-H1",
  agreementId: "",
  campaignId: "",
  summary: "Sơ kết 6 tháng đầu năm.",
  conclusions: "Hoàn thành các chỉ tiêu.",
  directions: "Tăng cường đi cơ sở.",
  ...overrides,
});

/** Conferences carrying this file's tag, as a viewer's list shows them. */
const list = (viewer: Viewer, params: Record<string, string> = {}) => listConferences(viewer, conferenceListSchema.parse({ q: tag, ...params }));

async function conference(committeeId: string, title: string, heldOn: string, extra: { attendance?: number; coHostCommittees?: string[]; kind?: "BRIEFING" | "LAUNCH" } = {}) {
  return db.conference.create({
    data: {
      committeeId,
      kind: extra.kind ?? "BRIEFING",
      title: `${title} ${tag}`,
      heldOn: day(heldOn),
      attendance: extra.attendance ?? null,
      coHosts: { create: (extra.coHostCommittees ?? []).map((id) => ({ committeeId: id })) },
    },
    select: { id: true, version: true },
  });
}

function stateOf(result: Outcome<FormState>): FormState {
  if (result.kind !== "state") throw new Error(`expected a form state, got ${JSON.stringify(result)}`);
  return result.state;
}

beforeAll(async () => {
  ({ tree, users, tag } = await makeTree(db));
  partnerP = (await db.partner.create({ data: { committeeId: tree.P, name: `Hội Liên hiệp Phụ nữ tỉnh ${tag}`, shortName: "Hội LHPN", kind: "WOMEN_UNION" }, select: { id: true } })).id;
  partnerX = (await db.partner.create({ data: { committeeId: tree.X, name: `Mặt trận tỉnh khác ${tag}`, shortName: "MTTQ", kind: "FATHERLAND_FRONT" }, select: { id: true } })).id;
  // Tháng 3/2099 of province P, approved by its leader and locked (as tests/integration/record-foundation.test.ts does).
  const period = await db.reportingPeriod.create({
    data: { kind: "MONTH", year: 2099, sequence: 3, label: "Tháng 3/2099", startsOn: day("2099-03-01"), endsOn: day("2099-03-31"), committeeId: tree.P },
    select: { id: true },
  });
  const report = await db.periodReport.create({
    data: { committeeId: tree.P, periodId: period.id, status: "APPROVED", submittedAt: new Date("2000-01-03T03:00:00Z"), approvedAt: new Date("2099-04-02T03:00:00Z"), approvedBy: users.leader.id },
    select: { id: true },
  });
  await db.$transaction((tx) => lockReportPeriod(tx, report.id));
});
afterAll(() => db.$disconnect());

describe("createConferenceAction", () => {
  it("saves a valid conference once, with its co-hosts and the period it reviews, audited", async () => {
    as(users.staff);
    const title = `Hội nghị có đồng tổ chức ${tag}`;
    const result = await outcome(() => createConferenceAction(emptyFormState, form(valid(tree.P, { title, coHost0: `committee:${tree.X}`, coHost1: "", coHost2: `partner:${partnerP}` }))));
    const created = await db.conference.findMany({
      where: { title },
      select: {
        id: true,
        committeeId: true,
        kind: true,
        heldOn: true,
        startTime: true,
        attendance: true,
        summary: true,
        createdById: true,
        updatedById: true,
        version: true,
        period: { select: { kind: true, year: true, sequence: true, committeeId: true, startsOn: true, endsOn: true } },
        coHosts: { select: { committeeId: true, partnerId: true }, orderBy: { id: "asc" } },
      },
    });
    expect(created).toHaveLength(1);
    const row = created[0]!;
    expect(result).toEqual({ kind: "redirect", to: `/ho-so/hoi-nghi/${row.id}?saved=1` });
    expect(row).toMatchObject({
      committeeId: tree.P,
      kind: "INTERIM_REVIEW",
      heldOn: day("2098-07-05"),
      startTime: new Date("1970-01-01T08:00:00Z"),
      attendance: 150,
      summary: "Sơ kết 6 tháng đầu năm.",
      createdById: users.staff.id,
      updatedById: users.staff.id,
      version: 1,
      period: { kind: "HALF_YEAR", year: 2098, sequence: 1, committeeId: null, startsOn: day("2098-01-01"), endsOn: day("2098-06-30") },
    });
    expect(row.coHosts).toEqual([
      { committeeId: tree.X, partnerId: null },
      { committeeId: null, partnerId: partnerP },
    ]);
    const events = await db.auditEvent.findMany({ where: { entity: "conference", entityId: row.id }, select: { action: true, actorId: true, committeeId: true, after: true } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "create", actorId: users.staff.id, committeeId: tree.P, after: { title, attendance: 150, startTime: "08:00", reviewedPeriod: "6 tháng đầu năm 2098" } });

    // The same period reviewed again reuses the shared period row.
    await outcome(() => createConferenceAction(emptyFormState, form(valid(tree.P, { title: `Lần hai ${tag}` }))));
    expect(await db.reportingPeriod.count({ where: { kind: "HALF_YEAR", year: 2098, sequence: 1, committeeId: null } })).toBe(1);
  });

  it("answers missing fields at each field in Vietnamese, keeps what was typed and writes nothing", async () => {
    as(users.staff);
    const before = await db.conference.count();
    const state = stateOf(await outcome(() => createConferenceAction(emptyFormState, form(valid(tree.P, { title: "  ", kind: "", heldOn: "", committeeId: "", place: "Nhà văn hóa ấp 3" })))));
    expect(state.fieldErrors).toEqual({
      title: t("validation.required"),
      kind: t("validation.conferenceKind"),
      heldOn: t("validation.required"),
      committeeId: t("validation.committee"),
    });
    expect(state.formError).toBe(t("common.formHasErrors"));
    expect(state.values).toMatchObject({ place: "Nhà văn hóa ấp 3", chairName: "Huỳnh Văn Danh" });
    expect(await db.conference.count()).toBe(before);
  });

  it("refuses a negative or non-numeric attendance, a date or time that is not one, and a bad period", async () => {
    as(users.staff);
    const before = await db.conference.count();
    const cases: [Record<string, string>, Record<string, string>][] = [
      [{ attendance: "-5" }, { attendance: t("validation.notNegative") }],
      [{ attendance: "một trăm" }, { attendance: t("validation.wholeNumber") }],
      [{ attendance: "12,5" }, { attendance: t("validation.wholeNumber") }],
      [{ attendance: "99999999999" }, { attendance: t("validation.numberTooLarge") }],
      [{ heldOn: "31/02/2098" }, { heldOn: t("validation.date") }],
      [{ startTime: "25:00" }, { startTime: t("validation.time") }],
      [{ reviewedPeriod: "2098-Q5" }, { reviewedPeriod: t("validation.conferencePeriod") }],
      [{ coHost0: "committee:" }, { coHosts: t("validation.coHost") }],
      [{ coHost0: `partner:${partnerP}`, coHost1: `partner:${partnerP}` }, { coHosts: t("validation.coHostTwice") }],
    ];
    for (const [bad, errors] of cases) {
      const state = stateOf(await outcome(() => createConferenceAction(emptyFormState, form(valid(tree.P, bad)))));
      expect(state.fieldErrors, JSON.stringify(bad)).toEqual(errors);
      expect(state.values).toMatchObject(bad);
    }
    // A typed day (dd/mm/yyyy) and a thousands separator are read as staff write them.
    const typed = await outcome(() => createConferenceAction(emptyFormState, form(valid(tree.P, { title: `Gõ tay ${tag}`, heldOn: "05/07/2098", attendance: "1.200", startTime: "7h30" }))));
    expect(typed.kind).toBe("redirect");
    expect(await db.conference.findFirstOrThrow({ where: { title: `Gõ tay ${tag}` }, select: { heldOn: true, attendance: true, startTime: true } })).toEqual({
      heldOn: day("2098-07-05"),
      attendance: 1200,
      startTime: new Date("1970-01-01T07:30:00Z"),
    });
    expect(await db.conference.count()).toBe(before + 1);
  });

  it("refuses co-hosts the data layer rejects: the host itself, a committee not alive that day, a partner the viewer cannot read", async () => {
    as(users.staff);
    const before = await db.conference.count();
    const refused = async (overrides: Record<string, string>, field: string, key: MessageKey) => {
      const state = stateOf(await outcome(() => createConferenceAction(emptyFormState, form(valid(tree.P, overrides)))));
      expect(state.fieldErrors, JSON.stringify(overrides)).toEqual({ [field]: messageText(t, key, "validation.invalid") });
    };
    await refused({ coHost0: `committee:${tree.P}` }, "coHosts", "validation.coHostIsHost");
    await refused({ coHost0: `committee:${tree.X}`, heldOn: "2019-06-01" }, "heldOn", "validation.dateOutsideCommittee");
    await refused({ coHost0: `partner:${partnerX}` }, "coHosts", "validation.coHost");
    await refused({ coHost0: "committee:khong-co-don-vi-nay" }, "coHosts", "validation.coHost");
    await refused({ agreementId: "khong-co" }, "agreementId", "validation.conferenceAgreement");
    await refused({ campaignId: "khong-co" }, "campaignId", "validation.conferenceCampaign");
    expect(await db.conference.count()).toBe(before);
  });

  it("refuses a date in a locked period, naming the report's approver, and writes nothing", async () => {
    as(users.staff);
    const before = await db.conference.count();
    const state = stateOf(await outcome(() => createConferenceAction(emptyFormState, form(valid(tree.P, { heldOn: "2099-03-15" })))));
    expect(Object.keys(state.fieldErrors)).toEqual(["heldOn"]);
    expect(state.fieldErrors.heldOn).toContain(users.leader.name);
    expect(state.fieldErrors.heldOn).toContain("Tháng 3/2099");
    expect(await db.conference.count()).toBe(before);
  });

  it("refuses a committee the viewer does not act for, at the committee field", async () => {
    as(users.staff);
    const before = await db.conference.count();
    for (const committeeId of [tree.X, tree.D]) {
      const state = stateOf(await outcome(() => createConferenceAction(emptyFormState, form(valid(committeeId)))));
      expect(state.fieldErrors).toEqual({ committeeId: t("validation.recordCommittee") });
    }
    as(users.editor);
    expect(stateOf(await outcome(() => createConferenceAction(emptyFormState, form(valid(tree.P))))).fieldErrors).toEqual({ committeeId: t("validation.recordCommittee") });
    expect(await db.conference.count()).toBe(before);
  });
});

describe("updateConferenceAction", () => {
  it("saves the version the form saw once, audited with what changed; the second save of that version is refused naming the first editor, and nothing is overwritten", async () => {
    const { id, version } = await conference(tree.P, "Giao ban quý", "2098-04-10", { attendance: 40 });
    as(users.leader);
    const first = await outcome(() => updateConferenceAction(id, emptyFormState, form(valid(tree.P, { version, title: `Giao ban quý II ${tag}`, kind: "BRIEFING", attendance: "45", coHost0: `committee:${tree.X}` }))));
    expect(first).toEqual({ kind: "redirect", to: `/ho-so/hoi-nghi/${id}?saved=1` });
    as(users.staff);
    const second = stateOf(await outcome(() => updateConferenceAction(id, emptyFormState, form(valid(tree.P, { version, title: `Sửa của người thứ hai ${tag}`, kind: "BRIEFING" })))));
    expect(second.formError?.startsWith(`${users.leader.name} đã sửa bản ghi này lúc `)).toBe(true);
    expect(second.formError).toContain(users.leader.name);
    expect(second.values.title).toBe(`Sửa của người thứ hai ${tag}`);
    const row = await db.conference.findUniqueOrThrow({ where: { id }, select: { title: true, attendance: true, version: true, updatedById: true, coHosts: { select: { committeeId: true } } } });
    expect(row).toEqual({ title: `Giao ban quý II ${tag}`, attendance: 45, version: version + 1, updatedById: users.leader.id, coHosts: [{ committeeId: tree.X }] });
    const updates = await db.auditEvent.findMany({ where: { entity: "conference", entityId: id, action: "update" }, select: { actorId: true, before: true, after: true } });
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ actorId: users.leader.id, before: { title: `Giao ban quý ${tag}`, attendance: 40, coHosts: null }, after: { title: `Giao ban quý II ${tag}`, attendance: 45 } });
    expect((updates[0]!.after as Record<string, unknown>).coHosts).toContain(`Ban Dân vận X ${tag}`);
  });

  it("answers bad input at its field without claiming the version", async () => {
    const { id, version } = await conference(tree.P, "Tọa đàm", "2098-05-10");
    as(users.staff);
    const state = stateOf(await outcome(() => updateConferenceAction(id, emptyFormState, form(valid(tree.P, { version, attendance: "-1" })))));
    expect(state.fieldErrors).toEqual({ attendance: t("validation.notNegative") });
    expect((await db.conference.findUniqueOrThrow({ where: { id }, select: { version: true } })).version).toBe(version);
  });

  it("refuses to move a conference into a locked period, or to change one dated in it", async () => {
    const open = await conference(tree.P, "Triển khai", "2099-02-20");
    as(users.staff);
    const into = stateOf(await outcome(() => updateConferenceAction(open.id, emptyFormState, form(valid(tree.P, { version: open.version, heldOn: "2099-03-02" })))));
    expect(into.fieldErrors.heldOn).toContain(users.leader.name);
    const locked = await conference(tree.P, "Trong kỳ khóa", "2099-03-10");
    const out = stateOf(await outcome(() => updateConferenceAction(locked.id, emptyFormState, form(valid(tree.P, { version: locked.version, heldOn: "2099-04-02" })))));
    expect(out.fieldErrors.heldOn).toContain(users.leader.name);
    for (const { id, version } of [open, locked]) {
      expect(await db.conference.findUniqueOrThrow({ where: { id }, select: { version: true, title: true } })).toMatchObject({ version, title: expect.stringContaining(tag) });
    }
    expect(await db.auditEvent.count({ where: { entity: "conference", entityId: { in: [open.id, locked.id] } } })).toBe(0);
  });

  it("answers 404 for a conference of another province, and refuses a child committee's conference at the committee field", async () => {
    as(users.staff);
    const other = await conference(tree.X, "Tỉnh khác", "2098-03-03");
    expect(await outcome(() => updateConferenceAction(other.id, emptyFormState, form(valid(tree.X, { version: other.version }))))).toEqual({ kind: "notFound" });
    expect(await outcome(() => updateConferenceAction("khong-co-hoi-nghi-nay", emptyFormState, form(valid(tree.P, { version: 1 }))))).toEqual({ kind: "notFound" });
    const child = await conference(tree.D, "Huyện", "2098-03-04");
    const refused = stateOf(await outcome(() => updateConferenceAction(child.id, emptyFormState, form(valid(tree.D, { version: child.version })))));
    expect(refused.fieldErrors).toEqual({ committeeId: t("validation.recordCommittee") });
    for (const { id, version } of [other, child]) expect((await db.conference.findUniqueOrThrow({ where: { id }, select: { version: true } })).version).toBe(version);
  });
});

describe("shared records: co-hosts read the conference", () => {
  it("a committee named as co-host (or one under it) reads the conference, in the list and on its page, but does not change it", async () => {
    const hostedByX = await conference(tree.X, "Hội nghị của tỉnh bạn", "2098-08-01", { attendance: 300, coHostCommittees: [tree.D] });
    const notNamed = await conference(tree.X, "Hội nghị không mời", "2098-08-02");
    for (const viewer of [users.staff, users.leader, users.childStaff]) {
      const seen = (await list(viewer)).rows.map((r) => r.id);
      expect(seen, viewer.name).toContain(hostedByX.id);
      expect(seen, viewer.name).not.toContain(notNamed.id);
      const detail = await getConference(viewer, hostedByX.id);
      expect(detail).toMatchObject({ shared: true, canUpdate: false, canDelete: false });
      expect(detail.coHosts).toEqual([{ type: "committee", id: tree.D, name: `Ban Dân vận D ${tag}` }]);
    }
    expect((await list(users.staff)).rows.find((r) => r.id === hostedByX.id)?.shared).toBe(true);
    await expect(getConference(users.staff, notNamed.id)).rejects.toThrow(/not found/);
    expect(await getConference(users.editor, hostedByX.id)).toMatchObject({ shared: true, canUpdate: false });
    // The committee filter finds it under the co-host's subtree too.
    expect((await list(users.staff, { ban: tree.D })).rows.map((r) => r.id)).toContain(hostedByX.id);
    // Reading is not writing: the host's side only.
    as(users.staff);
    const refused = stateOf(await outcome(() => updateConferenceAction(hostedByX.id, emptyFormState, form(valid(tree.X, { version: hostedByX.version })))));
    expect(refused.fieldErrors).toEqual({ committeeId: t("validation.recordCommittee") });
    expect(await outcome(() => deleteRecordAction("conference", hostedByX.id, emptyFormState, form({ version: hostedByX.version })))).toEqual({ kind: "notFound" });
  });
});

describe("listConferences", () => {
  it("filters by committee subtree, period, kind, campaign and agreement, sorts by date and title, and totals in SQL", async () => {
    const campaign = await db.campaign.create({ data: { slug: `dvk-${tag}`, name: `Dân vận khéo ${tag}`, committeeId: tree.P }, select: { id: true } });
    const agreement = await db.agreement.create({ data: { committeeId: tree.P, title: `Chương trình phối hợp ${tag}`, signedOn: day("2097-01-02"), validFrom: day("2097-01-02") }, select: { id: true } });
    const a = await conference(tree.P, "Lọc A", "2097-02-10", { attendance: 100, kind: "LAUNCH" });
    const b = await conference(tree.D, "Lọc B", "2097-05-20", { attendance: 50 });
    const c = await conference(tree.C, "Lọc C", "2097-08-30", { attendance: 25 });
    await db.conference.update({ where: { id: a.id }, data: { campaignId: campaign.id } });
    await db.conference.update({ where: { id: b.id }, data: { agreementId: agreement.id } });
    const ids = async (params: Record<string, string>) => (await list(users.staff, { ...params, q: `Lọc` })).rows.filter((r) => r.title.endsWith(tag)).map((r) => r.id);
    expect(await ids({ ky: "2097" })).toEqual([c.id, b.id, a.id]);
    expect(await ids({ ky: "2097", sap_xep: "ngay" })).toEqual([a.id, b.id, c.id]);
    expect(await ids({ ky: "2097-H1" })).toEqual([b.id, a.id]);
    expect(await ids({ ky: "2097-Q3" })).toEqual([c.id]);
    expect(await ids({ ky: "2097", ban: tree.D })).toEqual([c.id, b.id]);
    expect(await ids({ ky: "2097", loai: "LAUNCH" })).toEqual([a.id]);
    expect(await ids({ ky: "2097", phong_trao: campaign.id })).toEqual([a.id]);
    expect(await ids({ ky: "2097", phoi_hop: agreement.id })).toEqual([b.id]);
    expect(await ids({ ky: "2097", sap_xep: "-ten" })).toEqual([c.id, b.id, a.id]);
    // Without diacritics, in any case.
    expect((await listConferences(users.staff, conferenceListSchema.parse({ q: `LOC B ${tag}` }))).rows.map((r) => r.id)).toEqual([b.id]);

    const totals = (await list(users.staff, { ky: "2097", q: `Lọc` })).totals;
    expect(totals).toMatchObject({ conferences: 3n, attendance: 175n, LAUNCH: 1n, BRIEFING: 2n, SIGNING: 0n });
    // The child committee's staff sees its own subtree only.
    expect((await list(users.childStaff, { ky: "2097", q: `Lọc` })).totals).toMatchObject({ conferences: 2n, attendance: 75n });
    const exported = await exportConferences(users.staff, conferenceListSchema.parse({ q: tag, ky: "2097" }));
    const rows = [];
    for await (const batch of exported.batches) rows.push(...batch);
    expect(rows.map((r) => r.id)).toEqual([c.id, b.id, a.id]);
    expect(rows[1]).toMatchObject({ committeeName: `Ban Dân vận D ${tag}`, agreementTitle: `Chương trình phối hợp ${tag}`, attendance: 50, shared: false });
    expect(exported.totals.attendance).toBe(175n);
  });

  it("downloads what the list shows, as CSV, with the totals rows", async () => {
    await conference(tree.P, "Tải về", "2094-03-04", { attendance: 12, coHostCommittees: [tree.X] });
    as(users.staff);
    const response = await exportRoute.GET(new Request(`http://localhost/api/xuat/hoi-nghi?dinh_dang=csv&ky=2094&q=${encodeURIComponent(tag)}`));
    expect(response.status).toBe(200);
    const lines = (await response.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe('Ngày họp,Giờ bắt đầu,Loại hội nghị,Tên hội nghị,Đơn vị chủ trì,"Đơn vị, tổ chức đồng tổ chức",Địa điểm,Người chủ trì,Chức vụ người chủ trì,Số người dự,"Kỳ được sơ kết, tổng kết",Chương trình phối hợp,Phong trào');
    expect(lines[1]).toBe(`2094-03-04,,Giao ban,Tải về ${tag},Ban Dân vận P ${tag},Ban Dân vận X ${tag},,,,12,,,`);
    expect(lines.slice(2, 4)).toEqual(["Tổng cộng,1", "Số người dự,12"]);
    as(null);
    expect((await exportRoute.GET(new Request("http://localhost/api/xuat/hoi-nghi?dinh_dang=csv"))).status).toBe(401);
  });

  it("pages through many conferences with keyset cursors, none twice, none missed", async () => {
    for (let i = 0; i < 45; i++) await conference(tree.P, `Trang ${String(i).padStart(2, "0")}`, `2096-01-${String((i % 28) + 1).padStart(2, "0")}`);
    const seen: string[] = [];
    let params: Record<string, string> = { q: `Trang`, ky: "2096" };
    for (let page = 1; page <= 5; page++) {
      const result = await listConferences(users.staff, conferenceListSchema.parse({ ...params, q: `Trang` }));
      const mine = result.rows.filter((r) => r.title.endsWith(tag));
      seen.push(...mine.map((r) => r.id));
      if (!result.hasNext) break;
      params = { ...params, trang: String(page + 1), sau: result.lastCursor! };
    }
    expect(seen).toHaveLength(45);
    expect(new Set(seen).size).toBe(45);
  });

  it("drops a deleted conference from the list and its totals", async () => {
    const kept = await conference(tree.P, "Còn lại", "2095-06-01", { attendance: 70 });
    const gone = await conference(tree.P, "Bị xóa", "2095-06-02", { attendance: 30 });
    expect((await list(users.staff, { ky: "2095" })).totals).toMatchObject({ conferences: 2n, attendance: 100n });
    as(users.staff);
    expect(await outcome(() => deleteRecordAction("conference", gone.id, emptyFormState, form({ version: gone.version })))).toEqual({ kind: "redirect", to: "/ho-so/hoi-nghi?deleted=1" });
    const after = await list(users.staff, { ky: "2095" });
    expect(after.rows.map((r) => r.id)).toEqual([kept.id]);
    expect(after.totals).toMatchObject({ conferences: 1n, attendance: 70n });
    await expect(getConference(users.staff, gone.id)).rejects.toThrow(/not found/);
    expect(await db.auditEvent.count({ where: { entity: "conference", entityId: gone.id, action: "delete" } })).toBe(1);
  });
});

describe("conferenceFormChoices", () => {
  it("offers the viewer's partners and committees, not another province's partners", async () => {
    const choices = await conferenceFormChoices(users.staff);
    expect(choices.partners.map((p) => p.id)).toContain(partnerP);
    expect(choices.partners.map((p) => p.id)).not.toContain(partnerX);
    expect(choices.committees.map((c) => c.id)).toEqual(expect.arrayContaining([tree.P, tree.D, tree.C, tree.X]));
  });
});

describe("photos", () => {
  const jpeg = (width: number, height: number) =>
    sharp({ create: { width, height, channels: 3, background: { r: 180, g: 30, b: 40 } } })
      .jpeg()
      .withMetadata({ exif: { IFD0: { Artist: "Máy ảnh" } } })
      .toBuffer();
  const withPhotos = (values: Record<string, string | number>, files: File[]) => {
    const data = form(values);
    for (const file of files) data.append("photos", file);
    return data;
  };

  it("stores uploaded photos with the conference (re-encoded, with a thumbnail) and serves them after the conference's read check", async () => {
    as(users.staff);
    const title = `Hội nghị có ảnh ${tag}`;
    const photo = new File([new Uint8Array(await jpeg(2400, 1600))], "hoi-nghi.jpg", { type: "image/jpeg" });
    const result = await outcome(() => createConferenceAction(emptyFormState, withPhotos(valid(tree.P, { title, coHost0: `committee:${tree.X}` }), [photo])));
    expect(result.kind).toBe("redirect");
    const { id } = await db.conference.findFirstOrThrow({ where: { title }, select: { id: true } });
    const [stored] = await db.recordPhoto.findMany({ where: { conferenceId: id }, select: { id: true, file: { select: { contentType: true, width: true, height: true, originalName: true, createdById: true } } } });
    expect(stored?.file).toEqual({ contentType: "image/webp", width: 1600, height: 1067, originalName: "hoi-nghi.jpg", createdById: users.staff.id });

    const get = (viewer: Viewer | null, photoId: string, thumbnail = false) => {
      as(viewer);
      return photoRoute.GET(new Request(`http://localhost/ho-so/hoi-nghi/${id}/anh/${photoId}${thumbnail ? "?co=nho" : ""}`), { params: Promise.resolve({ id, photoId }) });
    };
    const full = await get(users.staff, stored!.id);
    expect(full.status).toBe(200);
    expect(full.headers.get("content-type")).toBe("image/webp");
    expect(full.headers.get("cache-control")).toMatch(/^private/);
    const meta = await sharp(new Uint8Array(await full.arrayBuffer())).metadata();
    expect(meta).toMatchObject({ format: "webp", width: 1600 });
    expect(meta.exif).toBeUndefined();
    const thumb = await get(users.staff, stored!.id, true);
    expect(thumb.status).toBe(200);
    expect((await sharp(new Uint8Array(await thumb.arrayBuffer())).metadata()).width).toBe(400);
    const again = await photoRoute.GET(new Request(`http://localhost/x`, { headers: { "if-none-match": full.headers.get("etag")! } }), { params: Promise.resolve({ id, photoId: stored!.id }) });
    expect(again.status).toBe(304);
    // The co-host province reads it; a committee not named does not; nobody signed in gets 401.
    const xStaff = { ...users.staff, id: users.staff.id, committeeId: tree.X };
    expect((await get(xStaff, stored!.id)).status).toBe(200);
    expect((await get({ ...users.staff, committeeId: tree.C }, stored!.id)).status).toBe(404);
    expect((await get(null, stored!.id)).status).toBe(401);
    expect((await get(users.staff, "khong-co-anh")).status).toBe(404);

    // Removed on edit, with the bytes.
    as(users.staff);
    const { version } = await db.conference.findUniqueOrThrow({ where: { id }, select: { version: true } });
    const edited = await outcome(() => updateConferenceAction(id, emptyFormState, form(valid(tree.P, { title, version, [`removePhoto-${stored!.id}`]: "1" }))));
    expect(edited.kind).toBe("redirect");
    expect(await db.recordPhoto.count({ where: { conferenceId: id } })).toBe(0);
    expect((await get(users.staff, stored!.id)).status).toBe(404);
  });

  it("refuses a fake image at the photo field and writes nothing", async () => {
    as(users.staff);
    const before = await db.conference.count();
    const fake = new File([new TextEncoder().encode("<html>không phải ảnh</html>")], "anh.jpg", { type: "image/jpeg" });
    const state = stateOf(await outcome(() => createConferenceAction(emptyFormState, withPhotos(valid(tree.P, { title: `Ảnh giả ${tag}` }), [fake]))));
    expect(state.fieldErrors).toEqual({ photos: t("validation.photoNotImage") });
    expect(state.values.title).toBe(`Ảnh giả ${tag}`);
    expect(await db.conference.count()).toBe(before);
  });
});

describe("merging partners", () => {
  it("keeps one co-host row when both partners co-host the same conference", async () => {
    const survivor = (await db.partner.create({ data: { committeeId: tree.P, name: `Hội Nông dân tỉnh ${tag}`, shortName: "HND", kind: "FARMERS_UNION" }, select: { id: true, version: true } }));
    const duplicate = (await db.partner.create({ data: { committeeId: tree.P, name: `Hội Nông dân (trùng) ${tag}`, shortName: "HND", kind: "FARMERS_UNION" }, select: { id: true } })).id;
    const both = await conference(tree.P, "Cả hai cùng đồng tổ chức", "2098-02-02");
    const one = await conference(tree.P, "Chỉ bản trùng", "2098-02-03");
    await db.conferenceCoHost.createMany({ data: [{ conferenceId: both.id, partnerId: survivor.id }, { conferenceId: both.id, partnerId: duplicate }, { conferenceId: one.id, partnerId: duplicate }] });
    as(users.leader);
    expect(await outcome(() => mergePartnerAction(survivor.id, emptyFormState, form({ duplicateId: duplicate, version: survivor.version })))).toEqual({ kind: "redirect", to: `/doi-tac/${survivor.id}?merged=1` });
    const rows = await db.conferenceCoHost.findMany({ where: { conferenceId: { in: [both.id, one.id] } }, select: { conferenceId: true, partnerId: true } });
    expect(rows.sort((a, b) => a.conferenceId.localeCompare(b.conferenceId))).toEqual(
      [{ conferenceId: both.id, partnerId: survivor.id }, { conferenceId: one.id, partnerId: survivor.id }].sort((a, b) => a.conferenceId.localeCompare(b.conferenceId)),
    );
  });
});

describe("the database refuses what the forms refuse", () => {
  it("a negative attendance, a co-host that is both a committee and a partner or neither, a co-host named twice", async () => {
    await expect(db.conference.create({ data: { committeeId: tree.P, kind: "BRIEFING", title: `Âm ${tag}`, heldOn: day("2098-01-01"), attendance: -1 } })).rejects.toThrow(/conferences_attendance_non_negative/);
    const { id } = await conference(tree.P, "Ràng buộc", "2098-01-02");
    await expect(db.conferenceCoHost.create({ data: { conferenceId: id, committeeId: tree.X, partnerId: partnerP } })).rejects.toThrow(/conference_co_hosts_one_party/);
    await expect(db.conferenceCoHost.create({ data: { conferenceId: id } })).rejects.toThrow(/conference_co_hosts_one_party/);
    await db.conferenceCoHost.create({ data: { conferenceId: id, partnerId: partnerP } });
    await expect(db.conferenceCoHost.create({ data: { conferenceId: id, partnerId: partnerP } })).rejects.toThrow(/Unique constraint|conference_co_hosts_conference_id_partner_id_key/);
    await expect(db.$executeRaw`update conferences set attendance = -10 where id = ${id}`).rejects.toThrow(/conferences_attendance_non_negative/);
  });
});
