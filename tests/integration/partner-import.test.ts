// Bulk import of partners from Excel, all or nothing: every row through the
// partner form's schema, the committee the viewer keeps partners for, and no
// two partners of one committee with one name (in the file or already kept).
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { emptyFormState } from "@/lib/actions/form-state";
import { commitPartnerImportAction } from "@/lib/actions/partner-import";
import { commitPartnerImport, partnerImportCommittees, previewPartnerImport, uploadPartnerImport } from "@/lib/data/partner-import";
import { vi as viCatalog } from "@/lib/i18n/messages/vi";
import { partnerImportColumns, partnerImportTemplate } from "@/lib/import/partner-template";
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

beforeAll(async () => {
  ({ tree, users, tag } = await makeTree(db));
  await db.partner.create({ data: { committeeId: tree.P, name: `Hội Nông dân tỉnh ${tag}`, shortName: "HND", kind: "FARMERS_UNION" } });
});
afterAll(() => db.$disconnect());

type Cells = Partial<Record<ReturnType<typeof partnerImportColumns>[number]["key"], string>>;

async function workbook(rows: readonly Cells[]): Promise<Uint8Array> {
  const columns = partnerImportColumns(viCatalog);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Đối tác");
  sheet.addRow(columns.map((c) => c.header));
  for (const row of rows) sheet.addRow(columns.map((c) => row[c.key] ?? null));
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const brief = (issues: readonly ImportIssue[]) => issues.map((issue) => ({ row: issue.row, column: issue.column, message: issue.message }));
const named = () => db.partner.count({ where: { name: { endsWith: `${tag} (nhập)` } } });

describe("partner import", () => {
  it("offers a template with the kinds and the viewer's committee", async () => {
    const committees = await partnerImportCommittees(users.leader);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await buildImportTemplate(partnerImportTemplate(viCatalog, { committees }))).buffer as ArrayBuffer);
    expect(book.worksheets[0]!.getRow(1).getCell(1).value).toBe("Tên tổ chức *");
    expect(book.worksheets[1]!.getColumn(1).values.slice(2)).toContain("Hội Liên hiệp Phụ nữ");
    expect(book.worksheets[1]!.getColumn(3).values.slice(2)).toEqual(committees.map((c) => c.name));
  });

  it("names every bad row, writes nothing, and once fixed writes all partners in one go, audited", async () => {
    session.viewer = users.leader;
    const good = (name: string, kind = "Hội Liên hiệp Phụ nữ"): Cells => ({ name: `${name} ${tag} (nhập)`, shortName: "Hội", kind, phone: "0296 3852 123" });
    const rows: Cells[] = [
      good("Hội Liên hiệp Phụ nữ tỉnh"),
      good("Đoàn Thanh niên tỉnh", "Đoàn Thanh niên"),
      { ...good("Hội Cựu chiến binh tỉnh"), kind: "Câu lạc bộ" },
      { ...good("Liên đoàn Lao động tỉnh", "Liên đoàn Lao động"), email: "khong-phai-email" },
      good("Hội Liên hiệp Phụ nữ tỉnh"),
      { name: `Hội Nông dân tỉnh ${tag}`, shortName: "HND", kind: "Hội Nông dân" },
      { ...good("Công an tỉnh", "Công an"), committee: "Ban không có" },
    ];
    const uploaded = await uploadPartnerImport(users.leader, { name: "doi-tac.xlsx", bytes: await workbook(rows) });
    if (!uploaded.ok) throw new Error(uploaded.issue.message);
    const preview = await previewPartnerImport(users.leader, uploaded.id);
    expect(brief(preview.issues)).toEqual([
      { row: 4, column: "kind", message: "validation.partnerKind" },
      { row: 5, column: "email", message: "auth.errors.emailInvalid" },
      { row: 6, column: "name", message: "validation.partnerNameTaken" },
      { row: 7, column: "name", message: "validation.partnerNameTaken" },
      { row: 8, column: "committee", message: "validation.importCommitteeUnknown" },
    ]);
    await expect(commitPartnerImport(users.leader, uploaded.id)).rejects.toBeInstanceOf(ImportRejected);
    expect(await named()).toBe(0);

    const fixed = await uploadPartnerImport(users.leader, { name: "doi-tac.xlsx", bytes: await workbook([rows[0]!, rows[1]!, good("Hội Cựu chiến binh tỉnh", "Hội Cựu chiến binh")]) });
    if (!fixed.ok) throw new Error(fixed.issue.message);
    expect((await previewPartnerImport(users.leader, fixed.id)).validCount).toBe(3);
    expect(await outcome(() => commitPartnerImportAction(fixed.id, emptyFormState, form({})))).toEqual({ kind: "redirect", to: `/doi-tac?nhap=${fixed.id}` });
    const written = await db.partner.findMany({ where: { name: { endsWith: `${tag} (nhập)` } }, select: { id: true, committeeId: true, kind: true, phone: true }, orderBy: { name: "asc" } });
    expect(written.map((p) => [p.committeeId, p.kind, p.phone]).sort((a, b) => a[1]!.localeCompare(b[1]!))).toEqual([
      [tree.P, "VETERANS_ASSOCIATION", "0296 3852 123"],
      [tree.P, "WOMEN_UNION", "0296 3852 123"],
      [tree.P, "YOUTH_UNION", "0296 3852 123"],
    ]);
    expect(await db.auditEvent.count({ where: { entity: "partner", action: "create", entityId: { in: written.map((p) => p.id) } } })).toBe(3);
  });

  it("is a 404 for a viewer who keeps no partners", async () => {
    await expect(uploadPartnerImport(users.editor, { name: "x.xlsx", bytes: await workbook([]) })).rejects.toThrow(/not found/);
  });
});
