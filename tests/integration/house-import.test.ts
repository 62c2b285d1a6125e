// Bulk import of house handovers from Excel, all or nothing: the template,
// every row through the house form's schema (contributions adding up) and
// its data-layer checks (committee, programme, locked periods), the
// preview's issues by row and column, and the one-transaction commit.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/policy";
import { emptyFormState } from "@/lib/actions/form-state";
import { commitHouseImportAction } from "@/lib/actions/house-import";
import { commitHouseImport, houseImportLookups, previewHouseImport, uploadHouseImport } from "@/lib/data/house-import";
import { lockReportPeriod } from "@/lib/data/records/period-locks";
import { vi as viCatalog } from "@/lib/i18n/messages/vi";
import { houseImportColumns, houseImportTemplate } from "@/lib/import/house-template";
import { buildImportTemplate } from "@/lib/import/template";
import { ImportRejected, type ImportIssue } from "@/lib/import/types";
import { form, makeTree, outcome, testDb, type Tree, type Users } from "./support/fixtures";
import { session } from "./support/next-mocks";

vi.mock("@/lib/auth/viewer", async () => (await import("./support/next-mocks")).viewerModule);
vi.mock("next-intl/server", async () => (await import("./support/next-mocks")).i18nModule);
vi.mock("next/cache", async () => (await import("./support/next-mocks")).cacheModule);
vi.mock("next/headers", async () => (await import("./support/next-mocks")).headersModule);

const db = testDb();
let tree: Tree;
let users: Users;
let tag: string;
let committeeName: string;
const PROGRAMME = "Nhà “Nghĩa tình Dân vận”";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

beforeAll(async () => {
  ({ tree, users, tag } = await makeTree(db));
  committeeName = (await db.committee.findUniqueOrThrow({ where: { id: tree.P }, select: { name: true } })).name;
  // Tháng 6/2024 of province P is approved and locked.
  const period = await db.reportingPeriod.create({
    data: { kind: "MONTH", year: 2024, sequence: 6, label: "Tháng 6/2024", startsOn: day("2024-06-01"), endsOn: day("2024-06-30"), committeeId: tree.P },
    select: { id: true },
  });
  const report = await db.periodReport.create({
    data: { committeeId: tree.P, periodId: period.id, status: "APPROVED", submittedAt: new Date("2024-07-01T03:00:00Z"), approvedAt: new Date("2024-07-02T03:00:00Z"), approvedBy: users.leader.id },
    select: { id: true },
  });
  await db.$transaction((tx) => lockReportPeriod(tx, report.id));
});
afterAll(() => db.$disconnect());

type Cells = Partial<Record<ReturnType<typeof houseImportColumns>[number]["key"], string | number | Date>>;

/** A file as a user fills the template: its headers, then one row per house (sheet row i + 2). */
async function workbook(rows: readonly Cells[]): Promise<Uint8Array> {
  const columns = houseImportColumns(viCatalog);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Nhà");
  sheet.addRow(columns.map((c) => c.header));
  for (const row of rows) sheet.addRow(columns.map((c) => row[c.key] ?? null));
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const handedOver = (commune: string, overrides: Cells = {}): Cells => ({
  programme: PROGRAMME,
  work: "Xây mới",
  householdName: "Nguyễn Văn An",
  householdCategory: "Hộ nghèo",
  commune: `${commune} ${tag}`,
  value: "950 triệu",
  status: "Đã bàn giao",
  startedOn: "01/03/2023",
  handedOverOn: "15/05/2023",
  contributor1: committeeName,
  amount1: "500 triệu",
  contributor2: "Doanh nghiệp Tâm Phát",
  amount2: "450.000.000",
  ...overrides,
});

async function upload(viewer: Viewer, rows: readonly Cells[]) {
  const uploaded = await uploadHouseImport(viewer, { name: "nha.xlsx", bytes: await workbook(rows) });
  if (!uploaded.ok) throw new Error(`not read: ${uploaded.issue.message}`);
  return uploaded.id;
}

const brief = (issues: readonly ImportIssue[]) => issues.map((issue) => ({ row: issue.row, column: issue.column, message: issue.message }));
const houses = () => db.houseHandover.count({ where: { commune: { endsWith: tag } } });

describe("house import", () => {
  it("offers a template whose lists hold the programmes, the viewer's committees and contributors; read back empty, it has no data", async () => {
    session.viewer = users.staff;
    const lookups = await houseImportLookups(users.staff);
    const bytes = await buildImportTemplate(houseImportTemplate(viCatalog, { ...lookups, contributors: [...lookups.funderCommittees, ...lookups.partners] }));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe("Chương trình nhà *");
    expect(sheet.getRow(1).getCell(7).value).toBe("Giá trị căn nhà *");
    const lists = book.worksheets[1]!;
    expect(lists.getColumn(1).values.slice(2)).toContain(PROGRAMME);
    expect(await uploadHouseImport(users.staff, { name: "mau.xlsx", bytes })).toEqual({ ok: false, issue: { row: null, column: null, message: "imports.errors.empty" } });
  });

  it("names every bad row and column, writes nothing, and once fixed writes every house with its contributions in one go, audited", async () => {
    session.viewer = users.staff;
    const rows: Cells[] = [
      handedOver("Xã Lương Phi"),
      { programme: PROGRAMME, work: "Sửa chữa", householdName: "Trần Thị Bình", householdCategory: "Gia đình chính sách", commune: `Xã An Hảo ${tag}`, value: "80000000", status: "Đang xây dựng", startedOn: "2023-09-01" },
      handedOver("Xã Ô Lâm", { amount2: "400 triệu" }),
      handedOver("Xã Núi Tô", { programme: "Nhà không có trong danh mục" }),
      handedOver("Xã Tà Đảnh", { handedOverOn: "20/06/2024", startedOn: "01/05/2024" }),
      handedOver("Xã Vĩnh Gia", { value: "-5 triệu", householdCategory: "Không rõ" }),
    ];
    const id = await upload(users.staff, rows);
    const preview = await previewHouseImport(users.staff, id);
    expect(brief(preview.issues)).toEqual([
      { row: 4, column: "value", message: "validation.houseFundingsSum" },
      { row: 5, column: "programme", message: "validation.houseProgramme" },
      { row: 6, column: "handedOverOn", message: "validation.periodLocked" },
      { row: 7, column: "householdCategory", message: "validation.householdCategory" },
      { row: 7, column: "value", message: "validation.moneyNegative" },
    ]);
    expect(preview.issues.find((issue) => issue.row === 6)?.lock?.approvedBy).toBe(users.leader.name);
    await expect(commitHouseImport(users.staff, id)).rejects.toBeInstanceOf(ImportRejected);
    expect(await houses()).toBe(0);

    // The same rows, fixed: all six are written at once.
    const fixed = await upload(users.staff, [
      ...rows.slice(0, 2),
      handedOver("Xã Ô Lâm"),
      handedOver("Xã Núi Tô"),
      handedOver("Xã Tà Đảnh", { handedOverOn: "20/07/2024", startedOn: "01/05/2024" }),
      handedOver("Xã Vĩnh Gia", { value: "1,5 tỷ", amount1: "1 tỷ", amount2: "500 triệu", contributor3: "" }),
    ]);
    const ok = await previewHouseImport(users.staff, fixed);
    expect(ok.issues).toEqual([]);
    expect(ok.validCount).toBe(6);
    expect(ok.sample[0]).toMatchObject({ row: 2, programme: PROGRAMME, value: 950_000_000n, status: "HANDED_OVER", committee: committeeName, fundings: 2 });
    expect(await outcome(() => commitHouseImportAction(fixed, emptyFormState, form({})))).toEqual({ kind: "redirect", to: `/ho-so/nha?nhap=${fixed}` });
    expect(await houses()).toBe(6);
    const first = await db.houseHandover.findFirstOrThrow({
      where: { commune: `Xã Lương Phi ${tag}` },
      select: { id: true, valueVnd: true, committeeId: true, createdById: true, handedOverOn: true, fundings: { select: { contributorCommitteeId: true, contributorName: true, amountVnd: true }, orderBy: { amountVnd: "desc" } } },
    });
    expect(first).toMatchObject({ valueVnd: 950_000_000n, committeeId: tree.P, createdById: users.staff.id, handedOverOn: day("2023-05-15") });
    expect(first.fundings).toEqual([
      { contributorCommitteeId: tree.P, contributorName: null, amountVnd: 500_000_000n },
      { contributorCommitteeId: null, contributorName: "Doanh nghiệp Tâm Phát", amountVnd: 450_000_000n },
    ]);
    const audited = await db.auditEvent.findFirstOrThrow({ where: { entity: "house", entityId: first.id, action: "create" }, select: { after: true } });
    expect(audited.after).toMatchObject({ importBatchId: fixed });
    // A second commit of the same file writes nothing more.
    await expect(commitHouseImport(users.staff, fixed)).rejects.toThrow();
    expect(await houses()).toBe(6);
  });

  it("keeps a batch to the viewer who uploaded it", async () => {
    session.viewer = users.staff;
    const id = await upload(users.staff, [handedOver("Xã Riêng")]);
    await expect(previewHouseImport(users.leader, id)).rejects.toThrow(/not found/);
    await expect(uploadHouseImport(users.editor, { name: "x.xlsx", bytes: await workbook([handedOver("Xã Biên tập")]) })).rejects.toThrow(/not found/);
  });
});
