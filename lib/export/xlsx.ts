import "server-only";
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { vietnamWallClock, type ExportCellType, type ExportValue, type TableExport } from "./table-export";

// Excel number formats: thousands grouping, money with the reader's currency
// word (from the catalog), dates dd/mm/yyyy.
function numberFormat(type: ExportCellType, moneyFormat: string): string | undefined {
  return { text: undefined, integer: "#,##0", decimal: "General", money: moneyFormat, date: "dd/mm/yyyy", datetime: "dd/mm/yyyy hh:mm:ss" }[type];
}

function cellValue(value: ExportValue, type: ExportCellType): ExcelJS.CellValue {
  if (value === null) return null;
  if (value instanceof Date) return type === "date" ? value : vietnamWallClock(value);
  if (typeof value === "bigint") return Number(value); // đồng amounts stay exact below 2^53
  if (type === "decimal" && typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  return value;
}

/**
 * The list as an .xlsx file, streamed: exceljs's WorkbookWriter commits each
 * row to the zip as it comes, and the next batch is read only when the
 * consumer has taken the previous output, so memory holds about one batch.
 */
export function xlsxStream<Row>(table: TableExport<Row>): ReadableStream<Uint8Array> {
  const output = new PassThrough({ highWaterMark: 256 * 1024 });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(table.title.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = table.columns.map((column, index) => {
    const numFmt = numberFormat(column.type, table.moneyFormat);
    return { key: String(index), width: column.width ?? 20, ...(numFmt ? { style: { numFmt } } : {}) };
  });

  const write = async () => {
    const header = sheet.addRow(table.columns.map((column) => column.header));
    header.font = { bold: true };
    header.commit();
    for await (const batch of table.batches) {
      for (const row of batch) sheet.addRow(table.columns.map((column) => cellValue(column.value(row), column.type))).commit();
      if (output.writableNeedDrain) await new Promise((resolve) => output.once("drain", resolve));
    }
    for (const totals of table.totals) {
      const row = sheet.addRow(totals.map((value, index) => cellValue(value, table.columns[index]?.type ?? "text")));
      row.font = { bold: true };
      row.commit();
    }
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}
