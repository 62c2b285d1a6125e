// Bulk import from an Excel template, all or nothing: the shapes every
// import shares (activities today; houses, committees and partners reuse
// them). See lib/import/README.md for the flow.
import type { LockingReport } from "@/lib/data/errors";
import type { MessageKey } from "@/lib/i18n/message-key";

/** What a batch holds; each is also the audit entity of its rows. */
export const IMPORT_KINDS = ["activity", "house", "committee", "partner"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** One column of a template and of the files read back. */
export type ImportColumn<Key extends string = string> = {
  /** The field it fills (the form's field name where there is one). */
  key: Key;
  /** Header in the template's first row (the form's label, from the catalog). */
  header: string;
  /**
   * Other header texts accepted when reading a file (the header in every
   * catalog, so a file made in English reads in Vietnamese and back).
   */
  aliases?: readonly string[];
  /** One line under the header (the hint row) and the header cell's note. */
  hint: string;
  required?: boolean;
  /** Column width in characters. */
  width?: number;
  /** How the template formats the column. */
  type?: "text" | "date" | "number" | "money";
  /** A list of the template's "lists" sheet whose first column the cells must come from (an Excel drop-down). */
  list?: string;
};

/** A row as read from the file: its row number in the sheet and each column's text (empty cells left out). */
export type ImportRow = { row: number; cells: Record<string, string> };

/**
 * Why a row (or the whole file, `row` null) cannot be written: the column
 * key it concerns, the catalog message and its values, the cell's text, or
 * the approved report that locks the row's period.
 */
export type ImportIssue = {
  row: number | null;
  column: string | null;
  message: MessageKey;
  values?: Record<string, string | number>;
  /** The cell as typed, shown beside the message. */
  value?: string;
  lock?: LockingReport;
};

/** A check of the data layer refused rows: nothing was written. */
export class ImportRejected extends Error {
  constructor(readonly issues: readonly ImportIssue[]) {
    super(`import refused: ${issues.length} issue(s)`);
  }
}

/** How many distinct rows the issues name. */
export function rowsWithIssues(issues: readonly ImportIssue[]): number {
  return new Set(issues.map((issue) => issue.row ?? -1)).size;
}

/** Issues in the order of the file: by row, then by the columns' order. */
export function sortIssues(issues: readonly ImportIssue[], columns: readonly { key: string }[]): ImportIssue[] {
  const position = new Map(columns.map((column, index) => [column.key, index]));
  const at = (issue: ImportIssue) => (issue.column === null ? -1 : (position.get(issue.column) ?? columns.length));
  return [...issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || at(a) - at(b));
}
