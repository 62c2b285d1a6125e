// Bulk import of activities from Excel, all or nothing: the template, the
// reader, every row through the form's schema and the data layer's rules,
// the preview's issues by row and column, and the one-transaction commit.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/policy";
import { emptyFormState, type FormState } from "@/lib/actions/form-state";
import { commitActivityImportAction, uploadActivityImportAction } from "@/lib/actions/activity-import";
import { activityImportLookups, commitActivityImport, previewActivityImport, uploadActivityImport } from "@/lib/data/activity-import";
import { RuleViolation } from "@/lib/data/errors";
import { lockReportPeriod } from "@/lib/data/records/period-locks";
import { en } from "@/lib/i18n/messages/en";
import { vi as viCatalog } from "@/lib/i18n/messages/vi";
import { activityImportTemplate } from "@/lib/import/activity-template";
import { buildImportTemplate } from "@/lib/import/template";
import { ImportRejected, type ImportIssue } from "@/lib/import/types";
import { activityRows, activityWorkbook, type ActivityCells } from "@/tests/support/activity-workbook";
import { makeTree, outcome, testDb, type Tree, type Users } from "./support/fixtures";
import { session } from "./support/next-mocks";

vi.mock("@/lib/auth/viewer", async () => (await import("./support/next-mocks")).viewerModule);
vi.mock("next-intl/server", async () => (await import("./support/next-mocks")).i18nModule);
vi.mock("next/cache", async () => (await import("./support/next-mocks")).cacheModule);
vi.mock("next/headers", async () => (await import("./support/next-mocks")).headersModule);

const db = testDb();
let tree: Tree;
let users: Users;
let tag: string;
let code: string;
let committeeName: string;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

beforeAll(async () => {
  ({ tree, users, tag } = await makeTree(db));
  code = `GIFTS-${tag}`;
  await db.indicator.create({ data: { code, name: `Quà tặng ${tag}`, unit: "suất", source: "ACTIVITY_QUANTITY" } });
  committeeName = (await db.committee.findUniqueOrThrow({ where: { id: tree.P }, select: { name: true } })).name;
  // Tháng 6/2096 of province P is approved and locked.
  const period = await db.reportingPeriod.create({
    data: { kind: "MONTH", year: 2096, sequence: 6, label: "Tháng 6/2096", startsOn: day("2096-06-01"), endsOn: day("2096-06-30"), committeeId: tree.P },
    select: { id: true },
  });
  const report = await db.periodReport.create({
    data: { committeeId: tree.P, periodId: period.id, status: "APPROVED", submittedAt: new Date("2000-01-03T03:00:00Z"), approvedAt: new Date("2096-07-02T03:00:00Z"), approvedBy: users.leader.id },
    select: { id: true },
  });
  await db.$transaction((tx) => lockReportPeriod(tx, report.id));
});
afterAll(() => db.$disconnect());

async function upload(viewer: Viewer, rows: readonly ActivityCells[], name = "hoat-dong.xlsx") {
  const uploaded = await uploadActivityImport(viewer, { name, bytes: new Uint8Array(await activityWorkbook(rows)) });
  if (!uploaded.ok) throw new Error(`not read: ${uploaded.issue.message}`);
  return uploaded.id;
}

const titled = (prefix: string) => db.activity.count({ where: { title: { startsWith: prefix } } });
const brief = (issues: readonly ImportIssue[]) => issues.map((issue) => ({ row: issue.row, column: issue.column, message: issue.message }));

describe("the template", () => {
  it("has the headers (required ones marked), a hint row, the lists and a drop-down of indicator codes; read back untouched it has no data", async () => {
    const lookups = await activityImportLookups(users.staff);
    const bytes = await buildImportTemplate(activityImportTemplate(viCatalog, lookups));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Hoạt động", "Danh mục mã", "Hướng dẫn"]);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe("Chỉ số *");
    expect(sheet.getRow(1).getCell(5).value).toBe("Giá trị");
    expect(sheet.getRow(2).getCell(3).value).toBe("Ngày/tháng/năm, ví dụ 15/03/2024.");
    expect(sheet.getCell("A3").dataValidation).toMatchObject({ type: "list", formulae: [expect.stringMatching(/^'Danh mục mã'!\$A\$2:\$A\$\d+$/)] });
    const lists = workbook.worksheets[1]!;
    const codes = lists.getColumn(1).values.slice(2);
    expect(codes).toContain(code);
    expect(lists.getColumn(5).values.slice(2)).toEqual([committeeName]);

    const empty = await uploadActivityImport(users.staff, { name: "mau.xlsx", bytes });
    expect(empty).toEqual({ ok: false, issue: { row: null, column: null, message: "imports.errors.empty" } });

    // Filled in below the hint row, in the template itself: read from row 3.
    sheet.getRow(3).values = [code, `Từ file mẫu ${tag}`, day("2024-04-02"), 12, "12 triệu", 12, "Ấp 1", null, null];
    const filled = await uploadActivityImport(users.staff, { name: "mau.xlsx", bytes: new Uint8Array(await workbook.xlsx.writeBuffer()) });
    if (!filled.ok) throw new Error(filled.issue.message);
    const preview = await previewActivityImport(users.staff, filled.id);
    expect(preview.issues).toEqual([]);
    expect(preview.sample).toEqual([
      expect.objectContaining({ row: 3, title: `Từ file mẫu ${tag}`, occurredOn: day("2024-04-02"), quantity: "12", valueVnd: 12_000_000n, committee: committeeName }),
    ]);
  });

  it("refuses a file that is no spreadsheet, and one without the template's headers", async () => {
    expect(await uploadActivityImport(users.staff, { name: "a.xlsx", bytes: new TextEncoder().encode("không phải Excel") })).toMatchObject({ ok: false, issue: { message: "imports.errors.fileType" } });
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Trang 1").addRow(["Tên", "Ngày"]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await uploadActivityImport(users.staff, { name: "b.xlsx", bytes })).toMatchObject({ ok: false, issue: { message: "imports.errors.headers" } });
  });

  it("reads a file made with the English template's headers", async () => {
    const id = (await uploadActivityImport(users.staff, { name: "en.xlsx", bytes: new Uint8Array(await activityWorkbook(activityRows(2, code, `English ${tag}`), en)) })) as { ok: true; id: string };
    expect((await previewActivityImport(users.staff, id.id)).validCount).toBe(2);
  });
});

describe("1,000 activities, all or nothing", () => {
  it("with one bad row writes nothing and names the row; fixed, writes all 1,000 in one import, audited", async () => {
    const prefix = `Nhập nghìn dòng ${tag}`;
    const rows = activityRows(1000, code, prefix);
    rows[499] = { ...rows[499]!, quantity: -3 };
    const bad = await upload(users.staff, rows);
    const preview = await previewActivityImport(users.staff, bad);
    expect(brief(preview.issues)).toEqual([{ row: 501, column: "quantity", message: "validation.notNegative" }]);
    expect(preview.issues[0]!.value).toBe("-3");
    expect(preview.sample).toEqual([]);
    const refused = await commitActivityImport(users.staff, bad).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ImportRejected);
    expect(brief((refused as ImportRejected).issues)).toEqual([{ row: 501, column: "quantity", message: "validation.notNegative" }]);
    expect(await titled(prefix)).toBe(0);
    expect((await db.importBatch.findUniqueOrThrow({ where: { id: bad }, select: { committedAt: true } })).committedAt).toBeNull();

    rows[499] = { ...rows[499]!, quantity: 3 };
    const fixed = await upload(users.staff, rows);
    expect((await previewActivityImport(users.staff, fixed)).validCount).toBe(1000);
    expect(await commitActivityImport(users.staff, fixed)).toEqual({ count: 1000, fileName: "hoat-dong.xlsx" });
    expect(await titled(prefix)).toBe(1000);
    const sample = await db.activity.findFirstOrThrow({ where: { title: `${prefix} 500` }, select: { quantity: true, committeeId: true, createdById: true, occurredOn: true } });
    expect(sample).toMatchObject({ committeeId: tree.P, createdById: users.staff.id });
    expect(sample.quantity.toString()).toBe("3");
    expect(await db.auditEvent.count({ where: { action: "import", entity: "activity", entityId: fixed, after: { path: ["count"], equals: 1000 } } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "create", entity: "activity", after: { path: ["importBatchId"], equals: fixed } } })).toBe(1000);
    // Committed once: a second "Ghi tất cả" is refused and writes nothing more.
    await expect(commitActivityImport(users.staff, fixed)).rejects.toBeInstanceOf(RuleViolation);
    expect(await titled(prefix)).toBe(1000);
  }, 120_000);
});

describe("each bad row gets its message", () => {
  it("unknown indicator, bad date, negative quantity, locked period, missing title, unknown committee, a date before the committee existed", async () => {
    const prefix = `Dòng lỗi ${tag}`;
    const good = (n: number): ActivityCells => ({ indicator: code, title: `${prefix} ${n}`, occurredOn: "15/04/2024", quantity: "5" });
    const rows: ActivityCells[] = [
      good(1),
      { ...good(2), indicator: "KHONG-CO" },
      { ...good(3), occurredOn: "32/01/2024" },
      { ...good(4), quantity: "-1" },
      { ...good(5), occurredOn: "10/06/2096" },
      { ...good(6), title: "" },
      { ...good(7), committee: "Ban Dân vận nơi khác" },
      { ...good(8), occurredOn: "2019-05-01" },
      { ...good(9), indicator: `quà tặng ${tag.toUpperCase()}`, committee: committeeName.toUpperCase(), valueVnd: "nhiều" },
    ];
    const id = await upload(users.staff, rows);
    const { issues, validCount } = await previewActivityImport(users.staff, id);
    expect(brief(issues)).toEqual([
      { row: 3, column: "indicator", message: "validation.importIndicatorUnknown" },
      { row: 4, column: "occurredOn", message: "validation.date" },
      { row: 5, column: "quantity", message: "validation.notNegative" },
      { row: 6, column: "occurredOn", message: "validation.periodLocked" },
      { row: 7, column: "title", message: "validation.required" },
      { row: 8, column: "committee", message: "validation.importCommitteeUnknown" },
      { row: 9, column: "occurredOn", message: "validation.dateOutsideCommittee" },
      { row: 10, column: "valueVnd", message: "validation.money" },
    ]);
    expect(issues[3]!.lock).toMatchObject({ approvedBy: users.leader.name, period: { kind: "MONTH", year: "2096", sequence: "6" } });
    expect(issues.find((issue) => issue.row === 3)!.value).toBe("KHONG-CO");
    expect(validCount).toBe(1);
    await expect(commitActivityImport(users.staff, id)).rejects.toBeInstanceOf(ImportRejected);
    expect(await titled(prefix)).toBe(0);
  });

  it("a committee the viewer does not record for is refused at the committee column", async () => {
    const id = await upload(users.childStaff, [{ indicator: code, title: `Huyện ghi cho tỉnh ${tag}`, occurredOn: "2024-04-15", quantity: 1, committee: committeeName }]);
    expect(brief((await previewActivityImport(users.childStaff, id)).issues)).toEqual([{ row: 2, column: "committee", message: "validation.importCommitteeUnknown" }]);
  });
});

describe("batches and actions", () => {
  it("editors import nothing: 404", async () => {
    await expect(uploadActivityImport(users.editor, { name: "a.xlsx", bytes: new Uint8Array(await activityWorkbook(activityRows(1, code, `Biên tập ${tag}`))) })).rejects.toThrow(/not found/);
    session.viewer = users.editor;
    const form = new FormData();
    form.set("file", new File([new Uint8Array(await activityWorkbook(activityRows(1, code, `Biên tập ${tag}`)))], "a.xlsx"));
    expect(await outcome(() => uploadActivityImportAction(emptyFormState, form))).toEqual({ kind: "notFound" });
    expect(await db.importBatch.count({ where: { createdById: users.editor.id } })).toBe(0);
  });

  it("a batch is the uploader's alone", async () => {
    const id = await upload(users.staff, activityRows(1, code, `Của riêng ${tag}`));
    await expect(previewActivityImport(users.leader, id)).rejects.toThrow(/not found/);
    await expect(commitActivityImport(users.leader, id)).rejects.toThrow(/not found/);
    await expect(previewActivityImport(users.staff, "khong-co")).rejects.toThrow(/not found/);
  });

  it("upload answers at the file field or goes to the preview; commit goes to the list, or back to the preview when a row is refused", async () => {
    session.viewer = users.staff;
    const bad = new FormData();
    bad.set("file", new File([new TextEncoder().encode("abc")], "ghi-chu.txt"));
    const refused = await outcome(() => uploadActivityImportAction(emptyFormState, bad));
    expect(refused.kind).toBe("state");
    expect((refused as { state: FormState }).state.fieldErrors.file).toBe("Không đọc được tệp: hãy lưu dưới dạng Excel Workbook (.xlsx) rồi tải lên lại.");
    const none = await outcome(() => uploadActivityImportAction(emptyFormState, new FormData()));
    expect((none as { state: FormState }).state.fieldErrors.file).toBe("Vui lòng chọn tệp Excel (.xlsx).");

    const prefix = `Qua thao tác ${tag}`;
    const good = new FormData();
    good.set("file", new File([new Uint8Array(await activityWorkbook(activityRows(3, code, prefix)))], "ba-dong.xlsx"));
    const uploaded = await outcome(() => uploadActivityImportAction(emptyFormState, good));
    expect(uploaded.kind).toBe("redirect");
    const id = (uploaded as { to: string }).to.split("/").pop()!;
    expect((uploaded as { to: string }).to).toBe(`/ho-so/hoat-dong/nhap/${id}`);
    expect(await outcome(() => commitActivityImportAction(id, emptyFormState, new FormData()))).toEqual({ kind: "redirect", to: `/ho-so/hoat-dong?nhap=${id}` });
    expect(await titled(prefix)).toBe(3);
    const again = await outcome(() => commitActivityImportAction(id, emptyFormState, new FormData()));
    expect((again as { state: FormState }).state.formError).toBe("Tệp này đã được ghi rồi.");

    // Valid at upload, refused at commit (the period was locked meanwhile): back to the preview, nothing written.
    const late = await upload(users.staff, [{ indicator: code, title: `Khóa sau ${tag}`, occurredOn: "2095-02-10", quantity: 1 }]);
    expect((await previewActivityImport(users.staff, late)).issues).toEqual([]);
    const period = await db.reportingPeriod.create({
      data: { kind: "MONTH", year: 2095, sequence: 2, label: "Tháng 2/2095", startsOn: day("2095-02-01"), endsOn: day("2095-02-28"), committeeId: tree.P },
      select: { id: true },
    });
    const report = await db.periodReport.create({ data: { committeeId: tree.P, periodId: period.id, status: "APPROVED", submittedAt: new Date("2000-01-03T03:00:00Z"), approvedBy: users.leader.id, approvedAt: new Date() }, select: { id: true } });
    await db.$transaction((tx) => lockReportPeriod(tx, report.id));
    expect(await outcome(() => commitActivityImportAction(late, emptyFormState, new FormData()))).toEqual({ kind: "redirect", to: `/ho-so/hoat-dong/nhap/${late}` });
    expect(await titled(`Khóa sau ${tag}`)).toBe(0);
  });
});
