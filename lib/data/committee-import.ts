import "server-only";
import { getDb, type Prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/policy";
import { catalogs } from "@/lib/i18n/messages";
import { COMMITTEE_IMPORT_MAX_BYTES, COMMITTEE_IMPORT_MAX_ROWS, committeeImportColumnOf, committeeImportColumns } from "@/lib/import/committee-template";
import { headerKey, readColumns, readImportFile } from "@/lib/import/read";
import { ImportRejected, sortIssues, type ImportIssue, type ImportRow } from "@/lib/import/types";
import { validateImportRows, type RowInput } from "@/lib/import/validate";
import { COMMITTEE_KINDS, COMMITTEE_LEVELS, createCommitteeSchema, type CreateCommitteeInput } from "@/lib/validation/committee-tree";
import { dayInputValue, parseDay } from "@/lib/validation/day";
import { message } from "@/lib/validation/message";
import { createCommitteeIn, listActiveCommittees, lockTree, requireTreeKeeper } from "./committee-changes";
import { commitImportBatch, getImportBatch, saveImportBatch } from "./import-batches";

type Tx = Prisma.TransactionClient;

// New committees from an Excel file, all or nothing (admins, lib/import):
// every row through the new-committee form's schema; its parent is a
// committee already kept and active on the row's first day, or a committee
// on an earlier row of the file; then all are created in file order in one
// transaction with the tree locked, each by the form's createCommitteeIn.

const READ_COLUMNS = readColumns(committeeImportColumns(catalogs.vi), committeeImportColumns(catalogs.en));
const COLUMNS = committeeImportColumns(catalogs.vi);

/** A placeholder that passes the schema's id rule; the real parent is found after it. */
const PARENT_PENDING = "parent-pending";

function labelled<Value extends string>(values: readonly Value[], labels: (catalog: (typeof catalogs)["vi"]) => Record<Value, string>): Map<string, Value> {
  const map = new Map<string, Value>();
  for (const value of values) {
    map.set(headerKey(value), value);
    for (const catalog of [catalogs.vi, catalogs.en]) map.set(headerKey(labels(catalog)[value]), value);
  }
  return map;
}
const LEVELS = labelled(COMMITTEE_LEVELS, (c) => c.committee.levels);
const KINDS = labelled(COMMITTEE_KINDS, (c) => c.committeeAdmin.kinds);

function rowInput(row: ImportRow): RowInput {
  const cells = row.cells;
  const day = cells.validFrom ? parseDay(cells.validFrom) : null;
  return {
    values: {
      name: cells.name ?? "",
      shortName: cells.shortName ?? "",
      level: cells.level ? (LEVELS.get(headerKey(cells.level)) ?? cells.level) : "",
      kind: cells.kind ? (KINDS.get(headerKey(cells.kind)) ?? cells.kind) : "",
      locality: cells.locality ?? "",
      parentId: cells.parent ? PARENT_PENDING : "",
      validFrom: day ? dayInputValue(day) : (cells.validFrom ?? ""),
    },
    issues: [],
  };
}

/** A row's parent: a committee kept (its id) or an earlier row of the file (its row number). */
export type ParentRef = { id: string } | { row: number } | null;

export type CheckedCommitteeRows = { valid: { row: number; input: CreateCommitteeInput; parent: ParentRef }[]; issues: ImportIssue[] };

/** Every row through the form's schema, then each parent found among the committees kept or the rows above. */
export async function checkCommitteeRows(tx: Tx, rows: readonly ImportRow[]): Promise<CheckedCommitteeRows> {
  const parsed = validateImportRows(rows, { schema: createCommitteeSchema, toInput: rowInput, columnOf: committeeImportColumnOf, fallback: message("validation.invalid") });
  const issues = [...parsed.issues];
  const cellsOf = new Map(rows.map((row) => [row.row, row.cells]));
  const wanted = [...new Set(rows.flatMap((row) => (row.cells.parent ? [headerKey(row.cells.parent)] : [])))];
  const kept = (await tx.committee.findMany({ select: { id: true, name: true, validFrom: true, validTo: true }, orderBy: [{ validFrom: "desc" }, { id: "asc" }] })).filter((c) =>
    wanted.includes(headerKey(c.name)),
  );
  const valid: CheckedCommitteeRows["valid"] = [];
  for (const entry of parsed.valid) {
    const parentName = cellsOf.get(entry.row)?.parent;
    if (!parentName) {
      valid.push({ ...entry, parent: null });
      continue;
    }
    const on = entry.input.validFrom.getTime();
    const named = kept.filter((c) => headerKey(c.name) === headerKey(parentName));
    const alive = named.find((c) => c.validFrom.getTime() <= on && (c.validTo === null || c.validTo.getTime() >= on));
    const above = valid.find((v) => headerKey(v.input.name) === headerKey(parentName) && v.input.validFrom.getTime() <= on);
    if (alive) valid.push({ ...entry, parent: { id: alive.id } });
    else if (above) valid.push({ ...entry, parent: { row: above.row } });
    else {
      const code = named.length > 0 ? message("committeeAdmin.errors.parentNotOnDate") : message("validation.importParentUnknown");
      issues.push({ row: entry.row, column: "parent", message: code, value: parentName });
    }
  }
  return { valid, issues: sortIssues(issues, COLUMNS) };
}

/** Today's committees: the template's list of parents. */
export async function committeeImportLookups(viewer: Viewer) {
  return listActiveCommittees(viewer);
}

export async function uploadCommitteeImport(viewer: Viewer, file: { name: string; bytes: Uint8Array }): Promise<{ ok: true; id: string } | { ok: false; issue: ImportIssue }> {
  requireTreeKeeper(viewer);
  const read = await readImportFile(file.bytes, READ_COLUMNS, { maxBytes: COMMITTEE_IMPORT_MAX_BYTES, maxRows: COMMITTEE_IMPORT_MAX_ROWS });
  if (!read.ok) return read;
  return { ok: true, id: await saveImportBatch(viewer, "committee", file.name, read.rows) };
}

export type CommitteePreviewRow = { row: number; name: string; level: CreateCommitteeInput["level"]; parent: string | null; validFrom: Date };

const PREVIEW_ROWS = 20;

/** A batch the viewer uploaded, checked afresh: its issues by row and column, or the first rows as they would be created. */
export async function previewCommitteeImport(viewer: Viewer, id: string) {
  requireTreeKeeper(viewer);
  const batch = await getImportBatch(viewer, "committee", id);
  const meta = { id: batch.id, fileName: batch.fileName, rowCount: batch.rowCount, committedAt: batch.committedAt, committedCount: batch.committedCount };
  if (batch.committedAt) return { batch: meta, issues: [] as ImportIssue[], sample: [] as CommitteePreviewRow[], validCount: 0 };
  const checked = await checkCommitteeRows(getDb(), batch.rows);
  const cellsOf = new Map(batch.rows.map((row) => [row.row, row.cells]));
  const sample =
    checked.issues.length > 0
      ? []
      : checked.valid.slice(0, PREVIEW_ROWS).map(({ row, input }) => ({ row, name: input.name, level: input.level, parent: cellsOf.get(row)?.parent ?? null, validFrom: input.validFrom }));
  return { batch: meta, issues: checked.issues, sample, validCount: checked.valid.length };
}

/** Creates every row in file order in ONE transaction with the tree locked, after checking them all again; any refusal creates nothing. */
export async function commitCommitteeImport(viewer: Viewer, id: string): Promise<{ count: number; fileName: string }> {
  requireTreeKeeper(viewer);
  return commitImportBatch(viewer, "committee", id, async (tx, rows) => {
    await lockTree(tx);
    const checked = await checkCommitteeRows(tx, rows);
    if (checked.issues.length > 0) throw new ImportRejected(checked.issues);
    const created = new Map<number, string>();
    for (const { row, input, parent } of checked.valid) {
      const parentId = parent === null ? null : "id" in parent ? parent.id : created.get(parent.row)!;
      const { id: committeeId } = await createCommitteeIn(tx, viewer, { ...input, parentId }, { importBatchId: id });
      created.set(row, committeeId);
    }
    return created.size;
  });
}
