import "server-only";
import { getDb, type Prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/policy";
import { catalogs } from "@/lib/i18n/messages";
import { ACTIVITY_IMPORT_MAX_BYTES, ACTIVITY_IMPORT_MAX_ROWS, activityImportColumnOf, activityImportColumns } from "@/lib/import/activity-template";
import { headerKey, readColumns, readImportFile } from "@/lib/import/read";
import { ImportRejected, sortIssues, type ImportIssue, type ImportRow } from "@/lib/import/types";
import { validateImportRows, type RowInput } from "@/lib/import/validate";
import { defaultRecordCommittee } from "@/lib/records/default-committee";
import { vietnamToday } from "@/lib/time/vietnam";
import { createActivitySchema, type CreateActivityInput } from "@/lib/validation/activity";
import { dayInputValue, parseDay } from "@/lib/validation/day";
import { message } from "@/lib/validation/message";
import { activityIndicators, checkActivities, type ActivityIndicatorChoice } from "./activities";
import { auditMany } from "./audit";
import { NotFoundError } from "./errors";
import { commitImportBatch, getImportBatch, saveImportBatch } from "./import-batches";
import { recordCommitteeChoices, type RecordCommitteeChoice } from "./records/record-access";

type Tx = Prisma.TransactionClient;

// Activities from an Excel file, all or nothing (lib/import): every row goes
// through the form's schema and the same data-layer rules as the form
// (checkActivities), set-based, then all rows are written in one
// transaction with one INSERT (arrays unnested in SQL) per two thousand rows.

/** The columns in every catalog's wording: a file reads back whatever the language it was made in. */
const READ_COLUMNS = readColumns(activityImportColumns(catalogs.vi), activityImportColumns(catalogs.en));
const COLUMNS = activityImportColumns(catalogs.vi);

/** Rows per INSERT (memory per statement; the parameters do not grow with it). */
const INSERT_CHUNK = 2000;

/** What the template's lists offer and the rows are looked up in. */
export async function activityImportLookups(viewer: Viewer, tx: Tx = getDb()) {
  // One after another: in a transaction, statements share one connection.
  const indicators = await activityIndicators(tx);
  return { indicators, committees: await recordCommitteeChoices(viewer) };
}

type Lookups = { indicators: ActivityIndicatorChoice[]; committees: RecordCommitteeChoice[] };

/** A row's cells as the form would post them: the indicator by code or name, the committee by name or the default for the date. */
function rowInput(row: ImportRow, lookups: Lookups): RowInput {
  const cells = row.cells;
  const issues: RowInput["issues"][number][] = [];
  let indicatorId = "";
  if (cells.indicator) {
    const wanted = headerKey(cells.indicator);
    const found = lookups.indicators.find((i) => i.code.toLowerCase() === wanted || headerKey(i.name) === wanted);
    if (found) indicatorId = found.id;
    else issues.push({ column: "indicator", message: message("validation.importIndicatorUnknown") });
  }
  let committeeId = "";
  if (cells.committee) {
    const wanted = headerKey(cells.committee);
    const found = lookups.committees.find((c) => headerKey(c.name) === wanted);
    if (found) committeeId = found.id;
    else issues.push({ column: "committee", message: message("validation.importCommitteeUnknown") });
  } else {
    committeeId = defaultRecordCommittee(lookups.committees, parseDay(cells.occurredOn ?? "") ?? vietnamToday()) ?? "";
  }
  return {
    values: {
      committeeId,
      indicatorId,
      title: cells.title ?? "",
      occurredOn: cells.occurredOn ?? "",
      quantity: cells.quantity ?? "",
      valueVnd: cells.valueVnd ?? "",
      beneficiaries: cells.beneficiaries ?? "",
      place: cells.place ?? "",
      description: cells.description ?? "",
    },
    issues,
  };
}

export type CheckedActivityRows = { valid: { row: number; input: CreateActivityInput }[]; issues: ImportIssue[]; lookups: Lookups };

/** Every row through the form's schema, then the data layer's rules for all of them at once. */
export async function checkActivityRows(tx: Tx, viewer: Viewer, rows: readonly ImportRow[]): Promise<CheckedActivityRows> {
  const lookups = await activityImportLookups(viewer, tx);
  const parsed = validateImportRows(rows, {
    schema: createActivitySchema,
    toInput: (row) => rowInput(row, lookups),
    columnOf: activityImportColumnOf,
    fallback: message("validation.invalid"),
  });
  const refusals = await checkActivities(
    tx,
    viewer,
    "create",
    parsed.valid.map((v) => v.input),
  );
  const refused = new Set<number>();
  const issues = [...parsed.issues];
  const cellsOf = new Map(rows.map((row) => [row.row, row.cells]));
  for (const refusal of refusals) {
    const { row } = parsed.valid[refusal.index]!;
    const column = activityImportColumnOf(refusal.field);
    const value = cellsOf.get(row)?.[column];
    refused.add(refusal.index);
    issues.push({ row, column, message: refusal.message, ...(value ? { value } : {}), ...(refusal.lock ? { lock: refusal.lock } : {}) });
  }
  return { valid: parsed.valid.filter((_, index) => !refused.has(index)), issues: sortIssues(issues, COLUMNS), lookups };
}

type InsertedActivity = {
  id: string;
  committee_id: string;
  indicator_id: string;
  title: string;
  occurred_on: Date;
  quantity: string;
  value_vnd: bigint | null;
  beneficiaries: number | null;
  place: string | null;
  description: string | null;
};

/**
 * One INSERT for many checked activities: the columns travel as arrays and
 * are unnested in SQL (a dozen parameters, whatever the number of rows); ids
 * are made by the database. Returns the rows as stored, in input order.
 */
async function insertActivities(tx: Tx, viewer: Viewer, inputs: readonly CreateActivityInput[]): Promise<InsertedActivity[]> {
  const column = <T>(pick: (input: CreateActivityInput) => T) => inputs.map(pick);
  return tx.$queryRaw<InsertedActivity[]>`
    insert into activities (id, committee_id, indicator_id, title, occurred_on, quantity, value_vnd, beneficiaries, place, description,
                            created_by_id, updated_by_id, created_at, updated_at)
    select 'a' || replace(gen_random_uuid()::text, '-', ''), r.committee_id, r.indicator_id, r.title, r.occurred_on, r.quantity, r.value_vnd,
           r.beneficiaries, r.place, r.description, ${viewer.id}, ${viewer.id}, now(), now()
      from unnest(${column((i) => i.committeeId)}::text[], ${column((i) => i.indicatorId)}::text[], ${column((i) => i.title)}::text[],
                  ${column((i) => dayInputValue(i.occurredOn))}::date[], ${column((i) => i.quantity)}::numeric[],
                  ${column((i) => i.valueVnd?.toString() ?? null)}::bigint[], ${column((i) => i.beneficiaries)}::int[],
                  ${column((i) => i.place)}::text[], ${column((i) => i.description)}::text[])
        with ordinality as r(committee_id, indicator_id, title, occurred_on, quantity, value_vnd, beneficiaries, place, description, n)
     order by r.n
    returning id, committee_id, indicator_id, title, occurred_on, quantity::text as quantity, value_vnd, beneficiaries, place, description`;
}

/** Reads an uploaded file and keeps its rows for the preview: the batch id, or the one reason the file cannot be read. */
export async function uploadActivityImport(viewer: Viewer, file: { name: string; bytes: Uint8Array }): Promise<{ ok: true; id: string } | { ok: false; issue: ImportIssue }> {
  // Only those who record activities import them (editors, accounts without a committee: 404).
  if ((await recordCommitteeChoices(viewer)).length === 0) throw new NotFoundError("import");
  const read = await readImportFile(file.bytes, READ_COLUMNS, { maxBytes: ACTIVITY_IMPORT_MAX_BYTES, maxRows: ACTIVITY_IMPORT_MAX_ROWS });
  if (!read.ok) return read;
  return { ok: true, id: await saveImportBatch(viewer, "activity", file.name, read.rows) };
}

export type ActivityPreviewRow = {
  row: number;
  occurredOn: Date;
  title: string;
  indicator: string;
  unit: string;
  quantity: string;
  valueVnd: bigint | null;
  beneficiaries: number | null;
  committee: string;
};

/** How many rows the preview shows of a valid file. */
const PREVIEW_ROWS = 20;

/**
 * A batch the viewer uploaded, checked afresh (a period may have been locked
 * since the upload): its issues by row and column, and the first rows as
 * they would be written. A committed batch is only described.
 */
export async function previewActivityImport(viewer: Viewer, id: string) {
  const batch = await getImportBatch(viewer, "activity", id);
  const meta = { id: batch.id, fileName: batch.fileName, rowCount: batch.rowCount, committedAt: batch.committedAt, committedCount: batch.committedCount };
  if (batch.committedAt) return { batch: meta, issues: [] as ImportIssue[], sample: [] as ActivityPreviewRow[], validCount: 0 };
  const checked = await checkActivityRows(getDb(), viewer, batch.rows);
  const indicators = new Map(checked.lookups.indicators.map((i) => [i.id, i]));
  const committees = new Map(checked.lookups.committees.map((c) => [c.id, c.name]));
  const sample = checked.issues.length > 0 ? [] : checked.valid.slice(0, PREVIEW_ROWS).map(({ row, input }): ActivityPreviewRow => ({
    row,
    occurredOn: input.occurredOn,
    title: input.title,
    indicator: indicators.get(input.indicatorId)?.name ?? "",
    unit: indicators.get(input.indicatorId)?.unit ?? "",
    quantity: input.quantity,
    valueVnd: input.valueVnd,
    beneficiaries: input.beneficiaries,
    committee: committees.get(input.committeeId) ?? "",
  }));
  return { batch: meta, issues: checked.issues, sample, validCount: checked.valid.length };
}

/**
 * Writes every row of the batch in ONE transaction, after checking them all
 * again: if any row is refused, nothing is written (ImportRejected with every
 * issue). Each row's creation is audited, and the import once with its count.
 */
export async function commitActivityImport(viewer: Viewer, id: string): Promise<{ count: number; fileName: string }> {
  return commitImportBatch(viewer, "activity", id, async (tx, rows) => {
    const checked = await checkActivityRows(tx, viewer, rows);
    if (checked.issues.length > 0) throw new ImportRejected(checked.issues);
    const indicators = new Map(checked.lookups.indicators.map((i) => [i.id, i.name]));
    const committees = new Map(checked.lookups.committees.map((c) => [c.id, c.name]));
    for (let start = 0; start < checked.valid.length; start += INSERT_CHUNK) {
      const created = await insertActivities(tx, viewer, checked.valid.slice(start, start + INSERT_CHUNK).map((v) => v.input));
      await auditMany(
        tx,
        viewer,
        created.map((a) => ({
          action: "create" as const,
          entity: "activity" as const,
          entityId: a.id,
          committeeId: a.committee_id,
          after: {
            title: a.title,
            occurredOn: a.occurred_on,
            quantity: a.quantity,
            valueVnd: a.value_vnd,
            beneficiaries: a.beneficiaries,
            place: a.place,
            description: a.description,
            committeeId: a.committee_id,
            committee: committees.get(a.committee_id) ?? null,
            indicatorId: a.indicator_id,
            indicator: indicators.get(a.indicator_id) ?? null,
            importBatchId: id,
          },
        })),
      );
    }
    return checked.valid.length;
  });
}
