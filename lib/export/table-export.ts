// What a list download holds, whatever the format: typed columns, the rows
// in batches as the data layer reads them, and totals rows computed in SQL.

/** `decimal` values are exact decimal text ("2.50", numeric columns), written as numbers. */
export type ExportCellType = "text" | "integer" | "decimal" | "money" | "date" | "datetime";

export type ExportValue = string | number | bigint | Date | null;

export type ExportColumn<Row> = {
  header: string;
  type: ExportCellType;
  value: (row: Row) => ExportValue;
  /** Width in characters for the spreadsheet. */
  width?: number;
};

export type TableExport<Row> = {
  /** Sheet name and file name stem, e.g. "Nhật ký". */
  title: string;
  columns: readonly ExportColumn<Row>[];
  batches: AsyncIterable<Row[]>;
  /** Rows after the data, in bold: a label, then numbers (SQL totals). */
  totals: readonly (readonly ExportValue[])[];
  /** The spreadsheet's number format for money in the reader's language (catalog: list.excelMoneyFormat). */
  moneyFormat: string;
};

// Spreadsheets have no time zones: times are written as Vietnam's wall clock.
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

export function vietnamWallClock(instant: Date): Date {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS);
}
