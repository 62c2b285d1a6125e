import "server-only";
import ExcelJS from "exceljs";
import type { ImportColumn } from "./types";

// The template a user downloads, fills and uploads: one data sheet with the
// headers (bold, frozen, a note on each), a hint row under them, drop-down
// lists where a column takes a code, a sheet of those lists, and a sheet of
// instructions. Every text comes from the caller (the catalog).

/** A table of the lists sheet; a column's drop-down takes the first column of its list. */
export type ImportList = { key: string; headers: readonly string[]; rows: readonly (readonly string[])[] };

export type ImportTemplate = {
  /** The data sheet's name (≤ 31 characters). */
  sheetName: string;
  columns: readonly ImportColumn[];
  /** The lists sheet: its name and tables, side by side with a blank column between. */
  lists?: { sheetName: string; tables: readonly ImportList[] };
  /** The instructions sheet: its name and lines. */
  instructions?: { sheetName: string; lines: readonly string[] };
  /** How many rows carry the drop-downs and formats (the most a file may hold). */
  rows: number;
  /** The spreadsheet's money format in the reader's language (list.excelMoneyFormat). */
  moneyFormat: string;
  /** Shown after a required column's header, e.g. "*". */
  requiredMark?: string;
};

/** The row that holds the headers and the hint row under it: data starts after them. */
export const HEADER_ROW = 1;
export const HINT_ROW = 2;
export const FIRST_DATA_ROW = 3;

function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The sheet name quoted for a formula: 'Danh mục'!$A$2:$A$9. */
function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF7" } };

export async function buildImportTemplate(template: ImportTemplate): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "";
  const sheet = workbook.addWorksheet(template.sheetName.slice(0, 31), { views: [{ state: "frozen", ySplit: HINT_ROW }] });
  const listRanges = new Map<string, string>();

  if (template.lists) {
    const lists = workbook.addWorksheet(template.lists.sheetName.slice(0, 31));
    let first = 0;
    for (const table of template.lists.tables) {
      table.headers.forEach((header, offset) => {
        const cell = lists.getCell(1, first + offset + 1);
        cell.value = header;
        cell.font = { bold: true };
        cell.fill = HEADER_FILL;
        lists.getColumn(first + offset + 1).width = offset === 0 ? 24 : 48;
      });
      table.rows.forEach((values, r) => values.forEach((value, offset) => (lists.getCell(r + 2, first + offset + 1).value = value)));
      const letter = columnLetter(first);
      if (table.rows.length > 0) listRanges.set(table.key, `${sheetRef(lists.name)}!$${letter}$2:$${letter}$${table.rows.length + 1}`);
      first += table.headers.length + 1;
    }
  }

  template.columns.forEach((column, index) => {
    const number = index + 1;
    sheet.getColumn(number).width = column.width ?? 20;
    const header = sheet.getCell(HEADER_ROW, number);
    header.value = column.required && template.requiredMark ? `${column.header} ${template.requiredMark}` : column.header;
    header.font = { bold: true };
    header.fill = HEADER_FILL;
    header.alignment = { wrapText: true, vertical: "top" };
    header.note = column.hint;
    const hint = sheet.getCell(HINT_ROW, number);
    hint.value = column.hint;
    hint.font = { italic: true, color: { argb: "FF5B6472" } };
    hint.alignment = { wrapText: true, vertical: "top" };

    const last = FIRST_DATA_ROW + template.rows - 1;
    const range = `${columnLetter(index)}${FIRST_DATA_ROW}:${columnLetter(index)}${last}`;
    const list = column.list ? listRanges.get(column.list) : undefined;
    const validations = sheet as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };
    if (list) {
      validations.dataValidations.add(range, { type: "list", allowBlank: !column.required, formulae: [list], showErrorMessage: true });
    }
    const numFmt = { date: "dd/mm/yyyy", money: template.moneyFormat, number: "General", text: "@" }[column.type ?? "text"];
    sheet.getColumn(number).numFmt = numFmt;
    // The header and hint rows keep text formatting.
    header.numFmt = "@";
    hint.numFmt = "@";
  });
  sheet.getRow(HINT_ROW).height = 48;

  if (template.instructions) {
    const instructions = workbook.addWorksheet(template.instructions.sheetName.slice(0, 31));
    instructions.getColumn(1).width = 110;
    template.instructions.lines.forEach((line, index) => {
      const cell = instructions.getCell(index + 1, 1);
      cell.value = line;
      cell.alignment = { wrapText: true, vertical: "top" };
      if (index === 0) cell.font = { bold: true, size: 13 };
    });
  }

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
