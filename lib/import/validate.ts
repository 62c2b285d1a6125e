import type { ZodError, ZodType } from "zod";
import type { MessageKey } from "@/lib/i18n/message-key";
import { vi } from "@/lib/i18n/messages/vi";
import type { ImportIssue, ImportRow } from "./types";

// Every row goes through the form's own zod schema: the same rules, the same
// messages. Before that, `toInput` turns the row's cells into the values the
// form would post (a code looked up to an id, an empty committee defaulted),
// reporting what it cannot turn.

export type RowInput = {
  /** The form's fields as the form would post them. */
  values: Record<string, string>;
  /** What the lookups refused, by column key. */
  issues: readonly { column: string; message: MessageKey; values?: Record<string, string | number> }[];
};

export type ValidatedRows<T> = {
  /** Rows the schema accepted and no lookup refused, with their parsed input. */
  valid: { row: number; input: T }[];
  issues: ImportIssue[];
};

/** The bounds a message may name (as lib/actions/form-state gives them to forms). */
function issueValues(issue: ZodError["issues"][number]): Record<string, number> | undefined {
  if (issue.code === "too_small") return { min: Number(issue.minimum) };
  if (issue.code === "too_big") return { max: Number(issue.maximum) };
  return undefined;
}

/**
 * Parses every row with `schema` after `toInput`; one issue per refused
 * field, named by the column that holds it (`columnOf`, the field's own key
 * by default) and with the cell's text.
 */
export function validateImportRows<T>(
  rows: readonly ImportRow[],
  options: {
    schema: ZodType<T>;
    toInput: (row: ImportRow) => RowInput;
    columnOf?: (field: string) => string;
    /** A message that is not a catalog key (zod's own English) reads as this one. */
    fallback: MessageKey;
  },
): ValidatedRows<T> {
  const columnOf = options.columnOf ?? ((field: string) => field);
  const valid: ValidatedRows<T>["valid"] = [];
  const issues: ImportIssue[] = [];
  for (const row of rows) {
    const { values, issues: lookups } = options.toInput(row);
    for (const lookup of lookups) issues.push({ row: row.row, column: lookup.column, message: lookup.message, ...(lookup.values ? { values: lookup.values } : {}), ...cellOf(row, lookup.column) });
    const refused = new Set(lookups.map((lookup) => lookup.column));
    const parsed = options.schema.safeParse(values);
    if (parsed.success) {
      if (lookups.length === 0) valid.push({ row: row.row, input: parsed.data });
      continue;
    }
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const column = columnOf(issue.path.map(String).join(".") || "");
      // One message per column; a lookup's own message wins over the schema's.
      if (seen.has(column) || refused.has(column)) continue;
      seen.add(column);
      const values = issueValues(issue);
      issues.push({
        row: row.row,
        column: column || null,
        message: isMessageKey(issue.message) ? issue.message : options.fallback,
        ...(values ? { values } : {}),
        ...cellOf(row, column),
      });
    }
  }
  return { valid, issues };
}

/** Is this text a key of the catalog (zod issues carry keys; zod's own messages are English text)? */
export function isMessageKey(text: string): text is MessageKey {
  let node: unknown = vi;
  for (const part of text.split(".")) {
    if (node === null || typeof node !== "object" || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string";
}

function cellOf(row: ImportRow, column: string): { value?: string } {
  const text = row.cells[column];
  return text === undefined ? {} : { value: text.length > 80 ? `${text.slice(0, 79)}…` : text };
}
