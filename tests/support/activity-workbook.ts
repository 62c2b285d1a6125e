// An activities import file as a user would make it: the template's headers
// (in the catalog's words), then one row per activity. Shared by the
// integration, bench and end-to-end tests.
import ExcelJS from "exceljs";
import type { Catalog } from "@/lib/i18n/messages/catalog";
import { vi } from "@/lib/i18n/messages/vi";

export type ActivityCells = {
  indicator?: string;
  title?: string;
  occurredOn?: string | Date;
  quantity?: string | number;
  valueVnd?: string | number;
  beneficiaries?: string | number;
  place?: string;
  description?: string;
  committee?: string;
};

const ORDER = ["indicator", "title", "occurredOn", "quantity", "valueVnd", "beneficiaries", "place", "description", "committee"] as const;

function headers(m: Catalog): string[] {
  const f = m.activities.fields;
  return [f.indicator, f.title, f.occurredOn, f.quantity, f.value, f.beneficiaries, f.place, f.description, f.committee];
}

/** The file's bytes; data starts on row 2 (no hint row), so `rows[i]` is sheet row i + 2. */
export async function activityWorkbook(rows: readonly ActivityCells[], m: Catalog = vi): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(m.records.kinds.activity);
  sheet.addRow(headers(m));
  for (const row of rows) sheet.addRow(ORDER.map((key) => row[key] ?? null));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** `count` valid rows of one indicator, dated through 2024, titled `${prefix} n`. */
export function activityRows(count: number, indicator: string, prefix: string): ActivityCells[] {
  return Array.from({ length: count }, (_, i) => ({
    indicator,
    title: `${prefix} ${i + 1}`,
    occurredOn: new Date(Date.UTC(2024, i % 12, (i % 28) + 1)),
    quantity: (i % 50) + 1,
    valueVnd: (i % 10) * 1_000_000,
    beneficiaries: (i % 50) + 1,
    place: "Xã Mỹ Hòa Hưng",
  }));
}
