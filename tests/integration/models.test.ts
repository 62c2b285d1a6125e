// Exemplary models: create and edit through the server actions (messages at
// the field, values kept, nothing written on bad input, recognition rules,
// locked periods by either of the model's two days, stale versions naming the
// first editor, other committees refused), photos behind the model's read
// check, the list's filters and SQL totals, the dashboard's count of models
// registered and recognised, soft delete, and the database's own refusals.
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as photoRoute from "@/app/(workspace)/ho-so/mo-hinh/[id]/anh/[photoId]/route";
import type { Viewer } from "@/lib/auth/policy";
import { emptyFormState, type FormState } from "@/lib/actions/form-state";
import { createModelAction, updateModelAction } from "@/lib/actions/models";
import { deleteRecordAction } from "@/lib/actions/records";
import { exportModels, listModels } from "@/lib/data/model-list";
import { getModel } from "@/lib/data/models";
import { lockReportPeriod } from "@/lib/data/records/period-locks";
import { viTranslator as t } from "@/lib/i18n/vietnamese";
import { modelListSchema } from "@/lib/validation/model-list";
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
const indicator = { registered: "", recognised: "" };

const as = (viewer: Viewer | null) => {
  session.viewer = viewer;
};
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A valid form of a model registered by `committeeId` (2023, long before any lock of this file). */
const valid = (committeeId: string, overrides: Record<string, string | number> = {}): Record<string, string | number> => ({
  committeeId,
  name: `Mô hình “Dân vận khéo” giúp dân thoát nghèo ${tag}`,
  field: "ECONOMY",
  campaignId: "",
  registeredOn: "2023-02-10",
  status: "RECOGNISED",
  recognitionLevel: "PROVINCE",
  recognisedOn: "2023-11-20",
  description: "Hỗ trợ con giống, vốn vay cho hội viên.",
  ...overrides,
});

async function model(committeeId: string, name: string, registeredOn: string, recognisedOn: string | null = null) {
  return db.exemplaryModel.create({
    data: {
      committeeId,
      name: `${name} ${tag}`,
      field: "CULTURE_SOCIETY",
      registeredOn: day(registeredOn),
      ...(recognisedOn ? { status: "RECOGNISED" as const, recognitionLevel: "DISTRICT" as const, recognisedOn: day(recognisedOn) } : {}),
    },
    select: { id: true, version: true },
  });
}

function stateOf(result: Outcome<FormState>): FormState {
  if (result.kind !== "state") throw new Error(`expected a form state, got ${JSON.stringify(result)}`);
  return result.state;
}

/** Models carrying this file's tag, as a viewer's list shows them. */
const list = (viewer: Viewer, params: Record<string, string> = {}) => listModels(viewer, modelListSchema.parse({ q: tag, ...params }));

beforeAll(async () => {
  ({ tree, users, tag } = await makeTree(db));
  // Tháng 3/2021 of province P, approved by its leader and locked.
  const period = await db.reportingPeriod.create({
    data: { kind: "MONTH", year: 2021, sequence: 3, label: "Tháng 3/2021", startsOn: day("2021-03-01"), endsOn: day("2021-03-31"), committeeId: tree.P },
    select: { id: true },
  });
  const report = await db.periodReport.create({
    data: { committeeId: tree.P, periodId: period.id, status: "APPROVED", submittedAt: new Date("2021-04-01T03:00:00Z"), approvedAt: new Date("2021-04-02T03:00:00Z"), approvedBy: users.leader.id },
    select: { id: true },
  });
  await db.$transaction((tx) => lockReportPeriod(tx, report.id));
  indicator.registered = (await db.indicator.create({ data: { code: `MH-DK-${tag}`, name: `Mô hình đăng ký ${tag}`, unit: "mô hình", source: "MODEL_REGISTERED" }, select: { id: true } })).id;
  indicator.recognised = (await db.indicator.create({ data: { code: `MH-CN-${tag}`, name: `Mô hình được công nhận ${tag}`, unit: "mô hình", source: "MODEL_RECOGNISED" }, select: { id: true } })).id;
});
afterAll(() => db.$disconnect());

describe("createModelAction", () => {
  it("saves a valid recognised model once, audited, and shows it", async () => {
    as(users.staff);
    const name = `Mô hình được công nhận ${tag}`;
    const result = await outcome(() => createModelAction(emptyFormState, form(valid(tree.P, { name }))));
    const rows = await db.exemplaryModel.findMany({
      where: { name },
      select: { id: true, committeeId: true, field: true, status: true, recognitionLevel: true, registeredOn: true, recognisedOn: true, createdById: true, updatedById: true, version: true },
    });
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(result).toEqual({ kind: "redirect", to: `/ho-so/mo-hinh/${row.id}?saved=1` });
    expect(row).toMatchObject({
      committeeId: tree.P,
      field: "ECONOMY",
      status: "RECOGNISED",
      recognitionLevel: "PROVINCE",
      registeredOn: day("2023-02-10"),
      recognisedOn: day("2023-11-20"),
      createdById: users.staff.id,
      updatedById: users.staff.id,
      version: 1,
    });
    const events = await db.auditEvent.findMany({ where: { entity: "model", entityId: row.id }, select: { action: true, actorId: true, after: true } });
    expect(events).toEqual([{ action: "create", actorId: users.staff.id, after: expect.objectContaining({ name, status: "RECOGNISED", recognitionLevel: "PROVINCE" }) }]);
    const detail = await getModel(users.staff, row.id);
    expect(detail).toMatchObject({ name, canUpdate: true, canDelete: true, committee: { id: tree.P } });
  });

  it("keeps a registered model without recognition, whatever was typed in those boxes", async () => {
    as(users.staff);
    const name = `Mô hình mới đăng ký ${tag}`;
    await outcome(() => createModelAction(emptyFormState, form(valid(tree.P, { name, status: "REGISTERED", recognitionLevel: "PROVINCE", recognisedOn: "2023-11-20" }))));
    expect(await db.exemplaryModel.findFirstOrThrow({ where: { name }, select: { status: true, recognitionLevel: true, recognisedOn: true } })).toEqual({
      status: "REGISTERED",
      recognitionLevel: null,
      recognisedOn: null,
    });
  });

  const refusals: [string, Record<string, string>, Record<string, string>][] = [
    ["missing name and field", { name: "", field: "" }, { name: t("validation.required"), field: t("validation.modelField") }],
    ["a bad registration day", { registeredOn: "31/02/2023" }, { registeredOn: t("validation.date") }],
    ["recognised without level or day", { recognitionLevel: "", recognisedOn: "" }, { recognitionLevel: t("validation.modelLevel"), recognisedOn: t("validation.modelRecognisedOn") }],
    ["recognised before it was registered", { recognisedOn: "2023-01-05" }, { recognisedOn: t("validation.modelRecognisedBeforeRegistered") }],
    ["recognised in the future", { recognisedOn: "2099-01-01" }, { recognisedOn: t("validation.modelRecognisedFuture") }],
    ["an unknown status and level", { status: "GOLD", recognitionLevel: "GALAXY" }, { status: t("validation.modelStatus"), recognitionLevel: t("validation.modelLevel") }],
    ["a campaign that does not exist", { campaignId: "khong-co-phong-trao" }, { campaignId: t("validation.conferenceCampaign") }],
    ["a day before its committee existed", { registeredOn: "2019-05-01", recognisedOn: "2019-06-01" }, { registeredOn: t("validation.dateOutsideCommittee") }],
  ];
  for (const [what, overrides, errors] of refusals) {
    it(`refuses ${what} at the field, keeps what was typed and writes nothing`, async () => {
      as(users.staff);
      const before = await db.exemplaryModel.count();
      const name = `Mô hình bị từ chối ${what} ${tag}`;
      const state = stateOf(await outcome(() => createModelAction(emptyFormState, form(valid(tree.P, { name, ...overrides })))));
      expect(state.fieldErrors).toEqual(errors);
      expect(state.values.description).toBe("Hỗ trợ con giống, vốn vay cho hội viên.");
      expect(await db.exemplaryModel.count()).toBe(before);
    });
  }

  it("refuses another province's committee, and a model registered or recognised in a locked period", async () => {
    as(users.staff);
    const before = await db.exemplaryModel.count();
    expect(stateOf(await outcome(() => createModelAction(emptyFormState, form(valid(tree.X))))).fieldErrors).toEqual({ committeeId: t("validation.recordCommittee") });
    const registered = stateOf(await outcome(() => createModelAction(emptyFormState, form(valid(tree.P, { registeredOn: "2021-03-05", recognisedOn: "2021-06-01" })))));
    expect(registered.fieldErrors.registeredOn).toContain(users.leader.name);
    // A child committee's model recognised within the province's locked month.
    as(users.childStaff);
    const recognised = stateOf(await outcome(() => createModelAction(emptyFormState, form(valid(tree.D, { registeredOn: "2021-01-05", recognisedOn: "2021-03-20" })))));
    expect(recognised.fieldErrors.registeredOn).toContain("Tháng 3/2021");
    expect(await db.exemplaryModel.count()).toBe(before);
  });
});

describe("updateModelAction", () => {
  it("saves the version the form saw once; the second save of that version is refused naming the first editor, and nothing is overwritten", async () => {
    const { id, version } = await model(tree.P, "Mô hình tổ tự quản", "2023-04-01");
    as(users.leader);
    const first = await outcome(() => updateModelAction(id, emptyFormState, form(valid(tree.P, { version, name: `Mô hình tổ tự quản (sửa) ${tag}` }))));
    expect(first).toEqual({ kind: "redirect", to: `/ho-so/mo-hinh/${id}?saved=1` });
    as(users.staff);
    const second = stateOf(await outcome(() => updateModelAction(id, emptyFormState, form(valid(tree.P, { version, name: `Sửa của người thứ hai ${tag}` })))));
    expect(second.formError?.startsWith(`${users.leader.name} đã sửa bản ghi này lúc `)).toBe(true);
    expect(second.values.name).toBe(`Sửa của người thứ hai ${tag}`);
    expect(await db.exemplaryModel.findUniqueOrThrow({ where: { id }, select: { name: true, version: true, updatedById: true, status: true } })).toEqual({
      name: `Mô hình tổ tự quản (sửa) ${tag}`,
      version: version + 1,
      updatedById: users.leader.id,
      status: "RECOGNISED",
    });
    const updates = await db.auditEvent.findMany({ where: { entity: "model", entityId: id, action: "update" }, select: { actorId: true, before: true, after: true } });
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ actorId: users.leader.id, before: { status: "REGISTERED", recognitionLevel: null }, after: { status: "RECOGNISED", recognitionLevel: "PROVINCE" } });
  });

  it("refuses to recognise a model within a locked period, and any change of a model registered in one", async () => {
    const open = await model(tree.P, "Mô hình chờ công nhận", "2021-01-10");
    as(users.staff);
    const into = stateOf(await outcome(() => updateModelAction(open.id, emptyFormState, form(valid(tree.P, { version: open.version, registeredOn: "2021-01-10", recognisedOn: "2021-03-15" })))));
    expect(into.fieldErrors.registeredOn).toContain(users.leader.name);
    const locked = await model(tree.P, "Mô hình trong kỳ khóa", "2021-03-10");
    const out = stateOf(await outcome(() => updateModelAction(locked.id, emptyFormState, form(valid(tree.P, { version: locked.version })))));
    expect(out.fieldErrors.registeredOn).toContain(users.leader.name);
    const recognisedInLock = await model(tree.P, "Mô hình công nhận trong kỳ khóa", "2021-01-10", "2021-03-12");
    expect(stateOf(await outcome(() => deleteRecordAction("model", recognisedInLock.id, emptyFormState, form({ version: recognisedInLock.version })))).formError).toContain(users.leader.name);
    for (const { id, version } of [open, locked, recognisedInLock]) {
      expect(await db.exemplaryModel.findUniqueOrThrow({ where: { id }, select: { version: true, deletedAt: true } })).toEqual({ version, deletedAt: null });
    }
  });

  it("answers 404 for another province's model and deletes its own softly", async () => {
    const other = await model(tree.X, "Mô hình tỉnh khác", "2023-05-01");
    as(users.staff);
    expect(await outcome(() => updateModelAction(other.id, emptyFormState, form(valid(tree.X, { version: other.version }))))).toEqual({ kind: "notFound" });
    await expect(getModel(users.staff, other.id)).rejects.toThrow(/not found/);
    const gone = await model(tree.P, "Mô hình sẽ xóa", "2023-06-01");
    expect(await outcome(() => deleteRecordAction("model", gone.id, emptyFormState, form({ version: gone.version })))).toEqual({ kind: "redirect", to: "/ho-so/mo-hinh?deleted=1" });
    expect(await db.exemplaryModel.findUniqueOrThrow({ where: { id: gone.id }, select: { deletedById: true } })).toEqual({ deletedById: users.staff.id });
    await expect(getModel(users.staff, gone.id)).rejects.toThrow(/not found/);
  });
});

describe("photos", () => {
  it("stores a photo with the model and serves it only after the model's read check; a fake image writes nothing", async () => {
    as(users.staff);
    const name = `Mô hình có ảnh ${tag}`;
    const data = form(valid(tree.P, { name }));
    const jpeg = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: { r: 20, g: 120, b: 60 } } }).jpeg().toBuffer();
    data.append("photos", new File([new Uint8Array(jpeg)], "mo-hinh.jpg", { type: "image/jpeg" }));
    await outcome(() => createModelAction(emptyFormState, data));
    const { id } = await db.exemplaryModel.findFirstOrThrow({ where: { name }, select: { id: true } });
    const [photo] = await db.recordPhoto.findMany({ where: { modelId: id }, select: { id: true } });
    const get = (viewer: Viewer | null) => {
      as(viewer);
      return photoRoute.GET(new Request(`http://localhost/ho-so/mo-hinh/${id}/anh/${photo!.id}`), { params: Promise.resolve({ id, photoId: photo!.id }) });
    };
    const seen = await get(users.staff);
    expect(seen.status).toBe(200);
    expect(seen.headers.get("content-type")).toMatch(/^image\/(webp|jpeg)$/);
    expect(seen.headers.get("cache-control")).toContain("private");
    expect((await get({ ...users.editor, committeeId: tree.X })).status).toBe(404);
    expect((await get(null)).status).toBe(401);

    as(users.staff);
    const before = await db.exemplaryModel.count();
    const fake = form(valid(tree.P, { name: `Ảnh giả ${tag}` }));
    fake.append("photos", new File([new TextEncoder().encode("<html>không phải ảnh</html>")], "anh.jpg", { type: "image/jpeg" }));
    expect(stateOf(await outcome(() => createModelAction(emptyFormState, fake))).fieldErrors).toEqual({ photos: t("validation.photoNotImage") });
    expect(await db.exemplaryModel.count()).toBe(before);
  });
});

describe("the list and the dashboard's figures", () => {
  it("filters by status and period, totals in SQL, exports the same rows, and counts each model in the period of each of its days", async () => {
    const a = await model(tree.P, "Mô hình A", "2024-02-01");
    const b = await model(tree.D, "Mô hình B", "2024-03-01", "2024-08-15");
    const c = await model(tree.P, "Mô hình C", "2023-10-01", "2024-01-20");
    as(users.leader);
    const year = await list(users.leader, { ky: "2024" });
    const ids = year.rows.map((row) => row.id);
    expect(ids).toEqual(expect.arrayContaining([a.id, b.id, c.id]));
    expect(year.totals).toMatchObject({ models: BigInt(ids.length), RECOGNISED: BigInt(year.rows.filter((row) => row.status === "RECOGNISED").length) });
    const recognised = await list(users.leader, { ky: "2024", trang_thai: "RECOGNISED" });
    expect(recognised.rows.map((row) => row.id).sort()).toEqual([b.id, c.id].sort());
    const exported = await exportModels(users.leader, modelListSchema.parse({ q: tag, ky: "2024" }));
    const rows = [];
    for await (const batch of exported.batches) rows.push(...batch);
    expect(rows.map((row) => row.id).sort()).toEqual([...ids].sort());
    expect(exported.totals.models).toBe(year.totals.models);

    const figures = await db.$queryRaw<{ indicator_id: string; delivered: string }[]>`
      select indicator_id, delivered::text from delivered_by_indicator(${tree.P}, '2024-01-01'::date, '2024-12-31'::date)
       where indicator_id in (${indicator.registered}, ${indicator.recognised})`;
    const delivered = Object.fromEntries(figures.map((f) => [f.indicator_id, f.delivered]));
    // Registered in 2024: A and B (C was registered in 2023); recognised in 2024: B and C.
    expect(delivered).toEqual({ [indicator.registered]: "2", [indicator.recognised]: "2" });
    const figureList = await list(users.leader, { ban: tree.P, ky: "2024", chi_so: indicator.registered });
    expect(figureList.rows.map((row) => row.id).sort()).toEqual([a.id, b.id].sort());
  });
});

describe("the database", () => {
  it("refuses a recognised model without its level or day, and a recognition before registration", async () => {
    const base = { committeeId: tree.P, name: `Ràng buộc ${tag}`, field: "ECONOMY" as const, registeredOn: day("2023-01-01") };
    await expect(db.exemplaryModel.create({ data: { ...base, status: "RECOGNISED", recognitionLevel: "PROVINCE" } })).rejects.toThrow(/exemplary_models_recognised_has_date/);
    await expect(db.exemplaryModel.create({ data: { ...base, status: "RECOGNISED", recognisedOn: day("2023-05-01") } })).rejects.toThrow(/exemplary_models_recognised_has_level/);
    await expect(
      db.exemplaryModel.create({ data: { ...base, status: "RECOGNISED", recognitionLevel: "PROVINCE", recognisedOn: day("2022-05-01") } }),
    ).rejects.toThrow(/exemplary_models_recognised_on_after_registered_on/);
    await expect(db.exemplaryModel.create({ data: { ...base, committeeId: "khong-co-ban-nay" } })).rejects.toThrow(/Foreign key|exemplary_models_committee_id_fkey/);
  });
});
