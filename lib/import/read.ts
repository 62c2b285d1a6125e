import "server-only";
import ExcelJS from "exceljs";
import { message } from "@/lib/validation/message";
import { FIRST_DATA_ROW, HEADER_ROW } from "./template";
import type { ImportColumn, ImportIssue, ImportRow } from "./types";

// Reads an uploaded template back: finds each column by its header (in any
// catalog's wording, whatever the order), skips the hint row and blank rows,
// and turns every cell into the text a form field would hold. Nothing here
// judges the values: that is the form's schema and the data layer's checks.

/** A column as the reader looks for it: its header and hint in every language. */
export type ReadColumn = { key: string; headers: readonly string[]; hints: readonly string[]; required: boolean };

/** The columns of several catalogs' templates, merged by key (the first set gives the order). */
export function readColumns(...sets: readonly (readonly ImportColumn[])[]): ReadColumn[] {
  const [first = [], ...others] = sets;
  return first.map((column) => {
    const same = others.map((set) => set.find((other) => other.key === column.key)).filter((c): c is ImportColumn => c !== undefined);
    return {
      key: column.key,
      headers: [column.header, ...(column.aliases ?? []), ...same.flatMap((c) => [c.header, ...(c.aliases ?? [])])],
      hints: [column.hint, ...same.map((c) => c.hint)],
      required: column.required ?? false,
    };
  });
}

export type ReadLimits = { maxBytes: number; maxRows: number };

export type ReadResult = { ok: true; rows: ImportRow[] } | { ok: false; issue: ImportIssue };

const fileIssue = (key: Parameters<typeof message>[0], values?: Record<string, string | number>): ReadResult => ({
  ok: false,
  issue: { row: null, column: null, message: key, ...(values ? { values } : {}) },
});

/** Header text compared without case, spacing or the required mark. */
export function headerKey(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/\*/g, "").replace(/\s+/g, " ").trim();
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A cell as text: dates as yyyy-mm-dd, numbers with "," as the decimal mark
 * (so 2.125 stays two and a bit, never read as thousands), formulas by their
 * result, rich text and links by their text.
 */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : String(value).replace(".", ",");
  if (typeof value === "boolean") return value ? "1" : "0";
  if (typeof value === "string") return value.replace(/\u0000/g, "").trim();
  if ("richText" in value) return value.richText.map((part) => part.text).join("").trim();
  if ("formula" in value || "sharedFormula" in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ("text" in value) return cellText(value.text as ExcelJS.CellValue);
  if ("error" in value) return String(value.error);
  return "";
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** The rows of the first sheet of an uploaded .xlsx, or the one reason the file cannot be read. */
export async function readImportFile(bytes: Uint8Array, columns: readonly ReadColumn[], limits: ReadLimits): Promise<ReadResult> {
  if (bytes.byteLength === 0) return fileIssue("imports.errors.fileMissing");
  if (bytes.byteLength > limits.maxBytes) return fileIssue("imports.errors.fileTooLarge", { max: Math.floor(limits.maxBytes / 1024 / 1024) });
  if (!ZIP_MAGIC.every((byte, index) => bytes[index] === byte)) return fileIssue("imports.errors.fileType");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    return fileIssue("imports.errors.fileType");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return fileIssue("imports.errors.noSheet");

  // Which sheet column holds which field, by the headers' text.
  const byHeader = new Map<string, string>();
  for (const column of columns) for (const header of column.headers) byHeader.set(headerKey(header), column.key);
  const positions = new Map<number, string>();
  sheet.getRow(HEADER_ROW).eachCell((cell, col) => {
    const key = byHeader.get(headerKey(cellText(cell.value)));
    if (key && ![...positions.values()].includes(key)) positions.set(col, key);
  });
  const missing = columns.filter((column) => column.required && ![...positions.values()].includes(column.key));
  if (positions.size === 0 || missing.length > 0) {
    return fileIssue("imports.errors.headers", { columns: (missing.length > 0 ? missing : columns.filter((c) => c.required)).map((c) => `“${c.headers[0]}”`).join(", ") });
  }

  const hintsOf = new Map(columns.map((column) => [column.key, new Set(column.hints.map(headerKey))]));
  const rows: ImportRow[] = [];
  for (let number = HEADER_ROW + 1; number <= sheet.rowCount; number++) {
    const cells: Record<string, string> = {};
    for (const [col, key] of positions) {
      const text = cellText(sheet.getRow(number).getCell(col).value);
      if (text !== "") cells[key] = text;
    }
    const filled = Object.entries(cells);
    if (filled.length === 0) continue;
    // The hint row (the template's second row) is not data, in any language.
    if (number < FIRST_DATA_ROW && filled.every(([key, text]) => hintsOf.get(key)?.has(headerKey(text)))) continue;
    if (rows.length === limits.maxRows) return fileIssue("imports.errors.tooManyRows", { max: limits.maxRows });
    rows.push({ row: number, cells });
  }
  if (rows.length === 0) return fileIssue("imports.errors.empty");
  return { ok: true, rows };
}
