// Activities: create and edit through the server actions (valid input saved
// once and audited; each kind of bad input refused at its field with nothing
// written; locked periods; stale edits naming the first editor; other
// committees' records are 404), shared records for co-organisers, the list
// (scope, filters, sorts, keyset pages, SQL totals, export) and the
// database's own refusals of the same bad rows.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/policy";
import { emptyFormState, type FormState } from "@/lib/actions/form-state";
import { createActivityAction, updateActivityAction } from "@/lib/actions/activities";
import { getActivity } from "@/lib/data/activities";
import { activitiesSource, activityQueryOf, exportActivities, listActivities } from "@/lib/data/activity-list";
import { readListPage } from "@/lib/data/list/keyset";
import { deleteRecord } from "@/lib/data/records/deleted-records";
import { lockReportPeriod } from "@/lib/data/records/period-locks";
import { activityListSchema } from "@/lib/validation/activity-list";
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
const indicator = { gifts: "", roads: "", value: "", inactive: "" };
let partnerP = "";
let partnerX = "";
let campaignP = "";

const as = (viewer: Viewer | null) => {
  session.viewer = viewer;
};
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

beforeAll(async () => {
  ({ tree, users, tag } = await makeTree(db));
  const make = async (code: string, unit: string, source: "ACTIVITY_QUANTITY" | "ACTIVITY_VALUE" | "HOUSE_COUNT", active = true) =>
    (await db.indicator.create({ data: { code: `${code}-${tag}`, name: `${code} ${tag}`, unit, source, active }, select: { id: true } })).id;
  indicator.gifts = await make("GIFTS", "suất", "ACTIVITY_QUANTITY");
  indicator.roads = await make("ROADS", "km", "ACTIVITY_QUANTITY");
  indicator.value = await make("SUPPORT", "đồng", "ACTIVITY_VALUE");
  indicator.inactive = await make("OLD", "cuộc", "ACTIVITY_QUANTITY", false);
  partnerP = (await db.partner.create({ data: { committeeId: tree.P, name: `MTTQ tỉnh ${tag}`, shortName: "MTTQ", kind: "FATHERLAND_FRONT" }, select: { id: true } })).id;
  partnerX = (await db.partner.create({ data: { committeeId: tree.X, name: `MTTQ tỉnh khác ${tag}`, shortName: "MTTQ", kind: "FATHERLAND_FRONT" }, select: { id: true } })).id;
  campaignP = (await db.campaign.create({ data: { slug: `dvk-${tag}`, name: `Dân vận khéo ${tag}`, committeeId: tree.P }, select: { id: true } })).id;
  // Tháng 3/2097 of province P is approved and locked.
  const period = await db.reportingPeriod.create({
    data: { kind: "MONTH", year: 2097, sequence: 3, label: "Tháng 3/2097", startsOn: day("2097-03-01"), endsOn: day("2097-03-31"), committeeId: tree.P },
    select: { id: true },
  });
  const report = await db.periodReport.create({
    data: { committeeId: tree.P, periodId: period.id, status: "APPROVED", submittedAt: new Date("2000-01-03T03:00:00Z"), approvedAt: new Date("2097-04-02T03:00:00Z"), approvedBy: users.leader.id },
    select: { id: true },
  });
  await db.$transaction((tx) => lockReportPeriod(tx, report.id));
});
afterAll(() => db.$disconnect());

const valid = (overrides: Record<string, string> = {}) => ({
  committeeId: tree.P,
  indicatorId: indicator.gifts,
  title: `Tặng quà hộ nghèo ${tag}`,
  occurredOn: "2024-05-19",
  quantity: "300",
  valueVnd: "150 triệu",
  beneficiaries: "300",
  place: "Xã Mỹ Hòa Hưng",
  description: "Phối hợp với MTTQ tỉnh trao quà.",
  ...overrides,
});

/** The form as a browser posts it: repeated keys for a checkbox group. */
function posted(values: Record<string, string>, lists: { partnerIds?: string[]; committeeIds?: string[] } = {}): FormData {
  const data = form(values);
  for (const id of lists.partnerIds ?? []) data.append("partnerIds", id);
  for (const id of lists.committeeIds ?? []) data.append("committeeIds", id);
  return data;
}

const countTitled = (title: string) => db.activity.count({ where: { title } });

function stateOf(result: Outcome<FormState>): FormState {
  if (result.kind !== "state") throw new Error(`expected a form state, got ${JSON.stringify(result)}`);
  return result.state;
}

async function created(values: Record<string, string>, lists: { partnerIds?: string[]; committeeIds?: string[] } = {}) {
  const result = await outcome(() => createActivityAction(emptyFormState, posted(values, lists)));
  if (result.kind !== "redirect") throw new Error(`not saved: ${JSON.stringify(result)}`);
  const id = /\/ho-so\/hoat-dong\/([^?]+)\?saved=1$/.exec(result.to)?.[1];
  if (!id) throw new Error(result.to);
  return id;
}

describe("createActivityAction", () => {
  it("saves valid input once, with its links, who entered it, and one audit event", async () => {
    as(users.staff);
    const title = `Tặng quà tạo mới ${tag}`;
    const id = await created(valid({ title, campaignId: campaignP }), { partnerIds: [partnerP], committeeIds: [tree.X] });
    const row = await db.activity.findUniqueOrThrow({
      where: { id },
      select: { quantity: true, valueVnd: true, beneficiaries: true, occurredOn: true, campaignId: true, createdById: true, updatedById: true, version: true, partners: true, coOrganisers: true },
    });
    expect(row).toMatchObject({ valueVnd: 150_000_000n, beneficiaries: 300, occurredOn: day("2024-05-19"), campaignId: campaignP, createdById: users.staff.id, updatedById: users.staff.id, version: 1 });
    expect(row.quantity.toString()).toBe("300");
    expect(row.partners.map((p) => p.partnerId)).toEqual([partnerP]);
    expect(row.coOrganisers.map((c) => c.committeeId)).toEqual([tree.X]);
    expect(await countTitled(title)).toBe(1);
    const events = await db.auditEvent.findMany({ where: { entity: "activity", entityId: id }, select: { action: true, actorId: true, after: true } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "create", actorId: users.staff.id, after: { title, quantity: "300", valueVnd: "150000000", partners: `MTTQ tỉnh ${tag}` } });
  });

  it("reads quantities and counts as typed in Vietnamese", async () => {
    as(users.staff);
    const id = await created(valid({ title: `Làm đường ${tag}`, indicatorId: indicator.roads, quantity: "2,5", beneficiaries: "1.200", valueVnd: "" }));
    const row = await db.activity.findUniqueOrThrow({ where: { id }, select: { quantity: true, beneficiaries: true, valueVnd: true } });
    expect(row.quantity.toString()).toBe("2.5");
    expect(row.beneficiaries).toBe(1200);
    expect(row.valueVnd).toBeNull();
  });

  it("refuses missing fields at each field, keeps what was typed and writes nothing", async () => {
    as(users.staff);
    const state = stateOf(await outcome(() => createActivityAction(emptyFormState, posted({ committeeId: tree.P, place: "Nhà văn hóa ấp 3", title: "", quantity: "", occurredOn: "", indicatorId: "" }))));
    expect(state.fieldErrors).toMatchObject({
      title: "Vui lòng nhập mục này.",
      quantity: "Vui lòng nhập mục này.",
      occurredOn: "Vui lòng nhập mục này.",
      indicatorId: "Vui lòng chọn một chỉ số hoạt động có trong danh mục.",
    });
    expect(state.values.place).toBe("Nhà văn hóa ấp 3");
    expect(await db.activity.count({ where: { place: "Nhà văn hóa ấp 3" } })).toBe(0);
  });

  it.each([
    ["quantity", "-5", "Số này không được nhỏ hơn 0."],
    ["quantity", "năm", "Vui lòng nhập một số, ví dụ 12 hoặc 2,5."],
    ["quantity", "2,555", "Chỉ được tối đa 2 chữ số sau dấu phẩy."],
    ["valueVnd", "-1 triệu", "Số tiền không được âm."],
    ["valueVnd", "nhiều tiền", "Số tiền không hợp lệ. Hãy nhập như 950.000.000, 950 triệu, 950tr hoặc 1,5 tỷ."],
    ["beneficiaries", "-3", "Số này không được nhỏ hơn 0."],
    ["beneficiaries", "2,5", "Nhập một số nguyên, ví dụ 150."],
    ["occurredOn", "31/02/2024", "Nhập ngày theo dạng ngày/tháng/năm, ví dụ 24/02/2023."],
  ])("refuses %s = %j with its message and writes nothing", async (field, text, expected) => {
    as(users.staff);
    const title = `Sai ${field} ${text} ${tag}`;
    const state = stateOf(await outcome(() => createActivityAction(emptyFormState, posted(valid({ title, [field]: text })))));
    expect(state.fieldErrors[field]).toBe(expected);
    expect(state.values[field]).toBe(text);
    expect(await countTitled(title)).toBe(0);
  });

  it("refuses what only the data layer knows, at its field", async () => {
    as(users.staff);
    const cases: [Record<string, string>, { partnerIds?: string[]; committeeIds?: string[] }, string, string][] = [
      [{ indicatorId: indicator.inactive }, {}, "indicatorId", "Vui lòng chọn một chỉ số hoạt động có trong danh mục."],
      [{ indicatorId: indicator.value, valueVnd: "" }, {}, "valueVnd", "Chỉ số này được tính theo giá trị: vui lòng nhập giá trị bằng đồng."],
      [{}, { partnerIds: [partnerX] }, "partnerIds", "Vui lòng chỉ chọn các đối tác có trong danh mục."],
      [{}, { committeeIds: [tree.P] }, "committeeIds", "Đơn vị phối hợp phải khác đơn vị thực hiện và đang hoạt động vào ngày thực hiện."],
      [{ committeeId: tree.X }, {}, "committeeId", "Bạn không được ghi nhận số liệu cho đơn vị này vào ngày đã chọn."],
      [{ committeeId: tree.D }, {}, "committeeId", "Bạn không được ghi nhận số liệu cho đơn vị này vào ngày đã chọn."],
      [{ occurredOn: "2019-06-01" }, {}, "occurredOn", "Ngày này nằm ngoài thời gian hoạt động của đơn vị đã chọn: chọn đơn vị hoạt động vào ngày đó (đơn vị tiền thân nếu là ngày trước sắp xếp)."],
    ];
    for (const [overrides, lists, field, expected] of cases) {
      const title = `Từ chối ${field} ${tag}`;
      const state = stateOf(await outcome(() => createActivityAction(emptyFormState, posted(valid({ title, ...overrides }), lists))));
      expect(state.fieldErrors[field], field).toBe(expected);
      expect(await countTitled(title)).toBe(0);
    }
  });

  it("refuses editors (no record rights) at the committee field, and visitors without a session go to sign in", async () => {
    const title = `Biên tập viên ghi ${tag}`;
    as(users.editor);
    const state = stateOf(await outcome(() => createActivityAction(emptyFormState, posted(valid({ title })))));
    expect(state.fieldErrors.committeeId).toBe("Bạn không được ghi nhận số liệu cho đơn vị này vào ngày đã chọn.");
    as(null);
    expect(await outcome(() => createActivityAction(emptyFormState, posted(valid({ title }))))).toEqual({ kind: "redirect", to: "/dang-nhap" });
    expect(await countTitled(title)).toBe(0);
  });

  it("refuses a date in a locked period, naming the report and its approver", async () => {
    as(users.staff);
    const title = `Trong kỳ khóa ${tag}`;
    const state = stateOf(await outcome(() => createActivityAction(emptyFormState, posted(valid({ title, occurredOn: "15/03/2097" })))));
    expect(state.fieldErrors.occurredOn).toContain("Tháng 3/2097");
    expect(state.fieldErrors.occurredOn).toContain(users.leader.name);
    expect(await countTitled(title)).toBe(0);
  });
});

describe("updateActivityAction", () => {
  it("saves an edit once (audited with what changed) and refuses the stale second save naming the first editor", async () => {
    as(users.staff);
    const id = await created(valid({ title: `Sửa ${tag}` }));
    const changed = await outcome(() => updateActivityAction(id, emptyFormState, posted(valid({ title: `Sửa lần 1 ${tag}`, quantity: "320", version: "1" }), { partnerIds: [partnerP] })));
    expect(changed).toEqual({ kind: "redirect", to: `/ho-so/hoat-dong/${id}?saved=1` });
    as(users.leader);
    const stale = stateOf(await outcome(() => updateActivityAction(id, emptyFormState, posted(valid({ title: `Sửa lần 2 ${tag}`, version: "1" })))));
    expect(stale.formError).toContain(users.staff.name);
    expect(stale.values.title).toBe(`Sửa lần 2 ${tag}`);
    const row = await db.activity.findUniqueOrThrow({ where: { id }, select: { title: true, version: true, quantity: true, updatedById: true } });
    expect(row).toMatchObject({ title: `Sửa lần 1 ${tag}`, version: 2, updatedById: users.staff.id });
    const update = await db.auditEvent.findFirstOrThrow({ where: { entity: "activity", entityId: id, action: "update" }, select: { before: true, after: true } });
    expect(update.before).toMatchObject({ title: `Sửa ${tag}`, quantity: "300", partners: "" });
    expect(update.after).toMatchObject({ title: `Sửa lần 1 ${tag}`, quantity: "320", partners: `MTTQ tỉnh ${tag}` });
    expect(await db.auditEvent.count({ where: { entity: "activity", entityId: id, action: "update" } })).toBe(1);
  });

  it("answers 404 for another province's activity and for a child committee's, and changes nothing", async () => {
    as(users.admin);
    const other = await created(valid({ title: `Tỉnh khác ${tag}`, committeeId: tree.X }));
    const child = await created(valid({ title: `Huyện ${tag}`, committeeId: tree.D }));
    as(users.staff);
    expect(await outcome(() => updateActivityAction(other, emptyFormState, posted(valid({ title: "Chiếm", version: "1" }))))).toEqual({ kind: "notFound" });
    expect(await outcome(() => updateActivityAction(child, emptyFormState, posted(valid({ title: "Chiếm", committeeId: tree.D, version: "1" }))))).toEqual({ kind: "notFound" });
    expect(await outcome(() => updateActivityAction("khong-co", emptyFormState, posted(valid({ version: "1" }))))).toEqual({ kind: "notFound" });
    await expect(getActivity(users.staff, other)).rejects.toThrow(/not found/);
    expect(await db.activity.count({ where: { title: "Chiếm" } })).toBe(0);
  });

  it("refuses to move an activity into, or out of, a locked period", async () => {
    as(users.admin);
    const locked = await created(valid({ title: `Đã khóa ${tag}` }));
    await db.activity.update({ where: { id: locked }, data: { occurredOn: day("2097-03-10") } });
    as(users.staff);
    const out = stateOf(await outcome(() => updateActivityAction(locked, emptyFormState, posted(valid({ title: `Ra khỏi kỳ khóa ${tag}`, version: "1" })))));
    expect(out.fieldErrors.occurredOn).toContain("Tháng 3/2097");
    const open = await created(valid({ title: `Mở ${tag}` }));
    const into = stateOf(await outcome(() => updateActivityAction(open, emptyFormState, posted(valid({ title: `Vào kỳ khóa ${tag}`, occurredOn: "2097-03-20", version: "1" })))));
    expect(into.fieldErrors.occurredOn).toContain("Tháng 3/2097");
    expect(await db.activity.count({ where: { title: { in: [`Ra khỏi kỳ khóa ${tag}`, `Vào kỳ khóa ${tag}`] } } })).toBe(0);
  });
});

describe("shared records", () => {
  it("a co-organising committee reads the activity (not to edit), and it appears in its list", async () => {
    as(users.admin);
    const title = `Phối hợp với tỉnh khác ${tag}`;
    const id = await created(valid({ title, committeeId: tree.X }), { committeeIds: [tree.D] });
    const detail = await getActivity(users.staff, id);
    expect(detail).toMatchObject({ shared: true, canUpdate: false, canDelete: false });
    expect(detail.coOrganisers.map((c) => c.id)).toEqual([tree.D]);
    const list = await listActivities(users.childStaff, activityListSchema.parse({ q: title }));
    expect(list.rows.map((r) => r.id)).toEqual([id]);
    // A commune below the named district is not named: it reads nothing of it. Editors read what their committee reads (news is written from it), never to edit.
    await expect(getActivity({ ...users.staff, committeeId: tree.C }, id)).rejects.toThrow(/not found/);
    const outsider = { ...users.staff, id: users.editor.id, role: "STAFF" as const, committeeId: tree.X };
    expect(await getActivity(users.editor, id)).toMatchObject({ shared: true, canUpdate: false, canDelete: false });
    expect((await getActivity(outsider, id)).shared).toBe(false);
  });
});

describe("listActivities", () => {
  let ids: Record<string, string>;
  beforeAll(async () => {
    as(users.admin);
    const make = (title: string, overrides: Record<string, string>) => created(valid({ title: `${title} ${tag} danh sách`, ...overrides }));
    ids = {
      a: await make("An", { occurredOn: "2023-02-10", quantity: "10", valueVnd: "5 triệu", beneficiaries: "10", campaignId: campaignP }),
      b: await make("Bình", { occurredOn: "2023-08-20", quantity: "2,5", valueVnd: "", beneficiaries: "", indicatorId: indicator.roads }),
      c: await make("Cường", { occurredOn: "2024-01-05", quantity: "40", valueVnd: "20 triệu", beneficiaries: "40", committeeId: tree.C }),
      x: await make("Xa", { occurredOn: "2023-03-01", quantity: "7", committeeId: tree.X }),
    };
  });
  const list = (viewer: Viewer, params: Record<string, string> = {}) => listActivities(viewer, activityListSchema.parse({ q: `${tag} danh sach`, ...params }));

  it("keeps to the viewer's scope, newest first by default, with SQL totals of what the filters select", async () => {
    const page = await list(users.staff);
    expect(page.rows.map((r) => r.id)).toEqual([ids.c, ids.b, ids.a]);
    expect(page.totals).toEqual({ activities: 3n, valueVnd: 25_000_000n, beneficiaries: 50n, quantityHundredths: 5250n });
    expect((await list(users.admin)).rows).toHaveLength(4);
    expect((await list(users.childStaff)).rows.map((r) => r.id)).toEqual([ids.c]);
    expect((await list(users.editor)).rows.map((r) => r.id)).toEqual([ids.c, ids.b, ids.a]);
    expect((await list({ ...users.editor, committeeId: tree.X })).rows.map((r) => r.id)).toEqual([ids.x]);
  });

  it("filters by committee subtree, period, indicator and campaign", async () => {
    expect((await list(users.staff, { ban: tree.D })).rows.map((r) => r.id)).toEqual([ids.c]);
    expect((await list(users.staff, { ky: "2023" })).rows.map((r) => r.id)).toEqual([ids.b, ids.a]);
    expect((await list(users.staff, { ky: "2023-Q1" })).rows.map((r) => r.id)).toEqual([ids.a]);
    expect((await list(users.staff, { ky: "2023-H2" })).rows.map((r) => r.id)).toEqual([ids.b]);
    const roads = await list(users.staff, { chi_so: indicator.roads });
    expect(roads.rows.map((r) => r.id)).toEqual([ids.b]);
    expect(roads.totals.quantityHundredths).toBe(250n);
    expect((await list(users.staff, { phong_trao: campaignP })).rows.map((r) => r.id)).toEqual([ids.a]);
    // A bad period is no filter, never an error.
    expect((await list(users.staff, { ky: "2023-Q9" })).rows).toHaveLength(3);
  });

  it("sorts by date, title, quantity and value, and pages with cursors", async () => {
    expect((await list(users.staff, { sap_xep: "ten" })).rows.map((r) => r.id)).toEqual([ids.a, ids.b, ids.c]);
    expect((await list(users.staff, { sap_xep: "-so_luong" })).rows.map((r) => r.id)).toEqual([ids.c, ids.a, ids.b]);
    expect((await list(users.staff, { sap_xep: "gia_tri" })).rows.map((r) => r.id)).toEqual([ids.b, ids.a, ids.c]);
    expect((await list(users.staff, { sap_xep: "ngay" })).rows.map((r) => r.id)).toEqual([ids.a, ids.b, ids.c]);
    // Keyset pages of one row, through every sort and both directions, visit each row once and in order.
    for (const sap_xep of ["ngay", "-ten", "so_luong", "-gia_tri"]) {
      const params = activityListSchema.parse({ q: `${tag} danh sach`, sap_xep });
      const query = activityQueryOf(users.staff, params, null);
      const seen: string[] = [];
      let after: string | undefined;
      for (let page = 1; page <= 5; page++) {
        const result = await readListPage(db, activitiesSource, query, { page, last: false, ...(after ? { after } : {}) }, 1);
        seen.push(...result.rows.map((r) => r.id));
        after = result.lastCursor ?? undefined;
        if (!result.hasNext) break;
      }
      expect(seen, sap_xep).toEqual((await list(users.staff, { sap_xep })).rows.map((r) => r.id));
    }
  });

  it("exports every row with the same totals; a deleted activity leaves the list, totals and export", async () => {
    const exported = await exportActivities(users.staff, activityListSchema.parse({ q: `${tag} danh sach` }));
    const rows: string[] = [];
    for await (const batch of exported.batches) rows.push(...batch.map((r) => r.id));
    expect(rows).toHaveLength(3);
    expect(exported.totals.activities).toBe(3n);
    const version = (await db.activity.findUniqueOrThrow({ where: { id: ids.a! }, select: { version: true } })).version;
    await deleteRecord(users.staff, "activity", ids.a!, version);
    const after = await list(users.staff);
    expect(after.rows.map((r) => r.id)).toEqual([ids.c, ids.b]);
    expect(after.totals.activities).toBe(2n);
    await expect(getActivity(users.staff, ids.a!)).rejects.toThrow(/not found/);
  });
});

describe("the database refuses the same bad rows", () => {
  const row = (overrides: Record<string, unknown>) => ({
    committeeId: tree.P,
    indicatorId: indicator.gifts,
    title: `Thẳng vào cơ sở dữ liệu ${tag}`,
    occurredOn: day("2024-01-01"),
    quantity: 1,
    ...overrides,
  });
  it.each([
    ["a negative quantity", { quantity: -1 }, /activities_quantity_non_negative/],
    ["a negative value", { valueVnd: -1n }, /activities_value_vnd_non_negative/],
    ["negative beneficiaries", { beneficiaries: -2 }, /activities_beneficiaries_non_negative/],
    ["a blank title", { title: "   " }, /activities_title_not_blank/],
    ["an unknown indicator", { indicatorId: "khong-co-chi-so" }, /Foreign key|foreign key|activities_indicator_id_fkey/],
    ["an unknown committee", { committeeId: "khong-co-don-vi" }, /Foreign key|foreign key|activities_committee_id_fkey/],
  ])("%s", async (_name, overrides, error) => {
    await expect(db.activity.create({ data: row(overrides) as never })).rejects.toThrow(error);
  });

  it("a co-organiser that is no committee, and an import batch committed without its count", async () => {
    const activity = await db.activity.create({ data: row({}), select: { id: true } });
    await expect(db.activityCommittee.create({ data: { activityId: activity.id, committeeId: "khong-co" } })).rejects.toThrow(/foreign key|Foreign key/i);
    await expect(
      db.importBatch.create({ data: { kind: "activity", fileName: "a.xlsx", rowCount: 1, rows: [], createdById: users.staff.id, committedAt: new Date() } }),
    ).rejects.toThrow(/import_batches_committed_with_count/);
    await expect(db.importBatch.create({ data: { kind: "activity", fileName: "a.xlsx", rowCount: -1, rows: [], createdById: users.staff.id } })).rejects.toThrow(
      /import_batches_row_count_non_negative/,
    );
  });
});
