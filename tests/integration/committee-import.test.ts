// Bulk import of new committees from Excel (admins), all or nothing: every
// row through the new-committee form's schema; a parent kept and active on
// the row's first day, or a committee on an earlier row; created in file
// order in one transaction, each with its dated parent link, audited.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { emptyFormState } from "@/lib/actions/form-state";
import { commitCommitteeImportAction } from "@/lib/actions/committee-import";
import { commitCommitteeImport, previewCommitteeImport, uploadCommitteeImport } from "@/lib/data/committee-import";
import { vi as viCatalog } from "@/lib/i18n/messages/vi";
import { committeeImportColumns } from "@/lib/import/committee-template";
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
let province: string;

beforeAll(async () => {
  ({ tree, users, tag } = await makeTree(db));
  province = (await db.committee.findUniqueOrThrow({ where: { id: tree.P }, select: { name: true } })).name;
});
afterAll(() => db.$disconnect());

type Cells = Partial<Record<ReturnType<typeof committeeImportColumns>[number]["key"], string>>;

async function workbook(rows: readonly Cells[]): Promise<Uint8Array> {
  const columns = committeeImportColumns(viCatalog);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Đơn vị");
  sheet.addRow(columns.map((c) => c.header));
  for (const row of rows) sheet.addRow(columns.map((c) => row[c.key] ?? null));
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const brief = (issues: readonly ImportIssue[]) => issues.map((issue) => ({ row: issue.row, column: issue.column, message: issue.message }));
const district = (overrides: Cells = {}): Cells => ({
  name: `Ban Dân vận Huyện ủy Mới ${tag}`,
  shortName: "BDV huyện Mới",
  level: "Huyện, quận",
  kind: "Ban Dân vận",
  locality: "Huyện ủy Mới",
  parent: province,
  validFrom: "01/01/2026",
  ...overrides,
});
const commune = (overrides: Cells = {}): Cells => ({
  name: `Ban Dân vận Đảng ủy xã Mới ${tag}`,
  shortName: "BDV xã Mới",
  level: "Xã, phường",
  kind: "Ban Dân vận",
  locality: "Đảng ủy xã Mới",
  parent: `Ban Dân vận Huyện ủy Mới ${tag}`,
  validFrom: "2026-02-01",
  ...overrides,
});
const imported = () => db.committee.count({ where: { name: { endsWith: tag }, validFrom: { gte: new Date("2026-01-01T00:00:00Z") } } });

describe("committee import", () => {
  it("names each bad row (an unknown parent among them) and creates nothing; fixed, it creates the committees in file order under their parents", async () => {
    session.viewer = users.admin;
    const rows: Cells[] = [
      district(),
      commune(),
      commune({ name: `Ban Dân vận xã Lạc ${tag}`, parent: "Ban không có trong danh mục" }),
      district({ name: `Ban Dân vận Huyện ủy Cũ ${tag}`, validFrom: "01/01/2019" }),
      district({ name: `Ban không cấp ${tag}`, level: "" }),
      district({ name: `Ban mồ côi ${tag}`, parent: "" }),
    ];
    const uploaded = await uploadCommitteeImport(users.admin, { name: "don-vi.xlsx", bytes: await workbook(rows) });
    if (!uploaded.ok) throw new Error(uploaded.issue.message);
    const preview = await previewCommitteeImport(users.admin, uploaded.id);
    expect(brief(preview.issues)).toEqual([
      { row: 4, column: "parent", message: "validation.importParentUnknown" },
      { row: 5, column: "parent", message: "committeeAdmin.errors.parentNotOnDate" },
      { row: 6, column: "level", message: "committeeAdmin.errors.level" },
      { row: 7, column: "parent", message: "committeeAdmin.errors.parentRequired" },
    ]);
    await expect(commitCommitteeImport(users.admin, uploaded.id)).rejects.toBeInstanceOf(ImportRejected);
    expect(await imported()).toBe(0);

    const fixed = await uploadCommitteeImport(users.admin, { name: "don-vi.xlsx", bytes: await workbook([district(), commune()]) });
    if (!fixed.ok) throw new Error(fixed.issue.message);
    expect((await previewCommitteeImport(users.admin, fixed.id)).validCount).toBe(2);
    expect(await outcome(() => commitCommitteeImportAction(fixed.id, emptyFormState, form({})))).toEqual({ kind: "redirect", to: `/co-quan?nhap=${fixed.id}` });
    const made = await db.committee.findMany({
      where: { name: { in: [`Ban Dân vận Huyện ủy Mới ${tag}`, `Ban Dân vận Đảng ủy xã Mới ${tag}`] } },
      select: { id: true, name: true, level: true, validFrom: true, parentLinks: { select: { parentId: true, validFrom: true } } },
      orderBy: { validFrom: "asc" },
    });
    expect(made.map((c) => [c.level, c.validFrom.toISOString().slice(0, 10)])).toEqual([
      ["DISTRICT", "2026-01-01"],
      ["COMMUNE", "2026-02-01"],
    ]);
    expect(made[0]!.parentLinks).toEqual([{ parentId: tree.P, validFrom: new Date("2026-01-01T00:00:00Z") }]);
    expect(made[1]!.parentLinks).toEqual([{ parentId: made[0]!.id, validFrom: new Date("2026-02-01T00:00:00Z") }]);
    expect(await db.auditEvent.count({ where: { entity: "committee", action: "create", entityId: { in: made.map((c) => c.id) }, after: { path: ["importBatchId"], equals: fixed.id } } })).toBe(2);
  });

  it("is a 404 for anyone but an admin", async () => {
    await expect(uploadCommitteeImport(users.leader, { name: "x.xlsx", bytes: await workbook([district()]) })).rejects.toThrow(/not found/);
  });
});
