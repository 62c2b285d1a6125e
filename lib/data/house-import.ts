import "server-only";
import { getDb, type Prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/policy";
import { catalogs } from "@/lib/i18n/messages";
import { HOUSE_IMPORT_FUNDINGS, HOUSE_IMPORT_MAX_BYTES, HOUSE_IMPORT_MAX_ROWS, houseImportColumnOf, houseImportColumns } from "@/lib/import/house-template";
import { headerKey, readColumns, readImportFile } from "@/lib/import/read";
import { ImportRejected, sortIssues, type ImportIssue, type ImportRow } from "@/lib/import/types";
import { validateImportRows, type RowInput } from "@/lib/import/validate";
import { defaultRecordCommittee } from "@/lib/records/default-committee";
import { vietnamToday } from "@/lib/time/vietnam";
import { parseDay } from "@/lib/validation/day";
import { createHouseSchema, HOUSE_STATUSES, HOUSE_WORKS, HOUSEHOLD_CATEGORIES, type CreateHouseInput } from "@/lib/validation/house";
import { message } from "@/lib/validation/message";
import { PeriodLockedError, RuleViolation, NotFoundError } from "./errors";
import { checkNewHouse, houseFormChoices, insertHouse, type HouseFormChoices } from "./houses";
import { commitImportBatch, getImportBatch, saveImportBatch } from "./import-batches";

type Tx = Prisma.TransactionClient;

// House handovers from an Excel file, all or nothing (lib/import): every row
// goes through the form's schema (contributions adding up included) and the
// form's own data-layer checks (checkNewHouse: committee on the date, locked
// periods, programme and contributors), then all rows are written in one
// transaction by the form's own insertHouse, each audited.

const READ_COLUMNS = readColumns(houseImportColumns(catalogs.vi), houseImportColumns(catalogs.en));
const COLUMNS = houseImportColumns(catalogs.vi);

/** A choice named in any catalog's wording (or by its code) → its value. */
function labelled<Value extends string>(values: readonly Value[], labels: (catalog: (typeof catalogs)["vi"]) => Record<Value, string>): Map<string, Value> {
  const map = new Map<string, Value>();
  for (const value of values) {
    map.set(headerKey(value), value);
    for (const catalog of [catalogs.vi, catalogs.en]) map.set(headerKey(labels(catalog)[value]), value);
  }
  return map;
}
const WORKS = labelled(HOUSE_WORKS, (c) => c.houses.works);
const CATEGORIES = labelled(HOUSEHOLD_CATEGORIES, (c) => c.houses.categories);
const STATUSES = labelled(HOUSE_STATUSES, (c) => c.houses.statuses);

/** What the template's lists offer and the rows are looked up in: the house form's own choices. */
export async function houseImportLookups(viewer: Viewer): Promise<HouseFormChoices> {
  return houseFormChoices(viewer);
}

const byName = <T extends { name: string }>(items: readonly T[], text: string) => items.find((item) => headerKey(item.name) === headerKey(text));

/** A row's cells as the house form would post them. */
function rowInput(row: ImportRow, lookups: HouseFormChoices): RowInput {
  const cells = row.cells;
  const issues: RowInput["issues"][number][] = [];
  const choice = <Value extends string>(map: Map<string, Value>, text: string | undefined) => (text ? (map.get(headerKey(text)) ?? text) : "");
  let programmeId = "";
  if (cells.programme) {
    const found = byName(lookups.programmes, cells.programme);
    if (found) programmeId = found.id;
    else issues.push({ column: "programme", message: message("validation.houseProgramme") });
  }
  let committeeId = "";
  if (cells.committee) {
    const found = byName(lookups.committees, cells.committee);
    if (found) committeeId = found.id;
    else issues.push({ column: "committee", message: message("validation.importCommitteeUnknown") });
  } else {
    const on = parseDay(cells.handedOverOn ?? "") ?? parseDay(cells.startedOn ?? "") ?? vietnamToday();
    committeeId = defaultRecordCommittee(lookups.committees, on) ?? "";
  }
  const fundings: Record<string, string> = {};
  for (let n = 1; n <= HOUSE_IMPORT_FUNDINGS; n++) {
    const contributor = cells[`contributor${n}`] ?? "";
    const amount = cells[`amount${n}`] ?? "";
    if (contributor === "" && amount === "") continue;
    const committee = contributor ? byName(lookups.funderCommittees, contributor) : undefined;
    const partner = contributor && !committee ? byName(lookups.partners, contributor) : undefined;
    const index = n - 1;
    fundings[`fundings.${index}.contributor`] = committee ? `committee:${committee.id}` : partner ? `partner:${partner.id}` : contributor ? "other" : "";
    fundings[`fundings.${index}.name`] = committee || partner ? "" : contributor;
    fundings[`fundings.${index}.amount`] = amount;
  }
  return {
    values: {
      committeeId,
      programmeId,
      work: choice(WORKS, cells.work),
      householdName: cells.householdName ?? "",
      householdCategory: choice(CATEGORIES, cells.householdCategory),
      commune: cells.commune ?? "",
      address: cells.address ?? "",
      value: cells.value ?? "",
      status: choice(STATUSES, cells.status),
      startedOn: cells.startedOn ?? "",
      handedOverOn: cells.handedOverOn ?? "",
      ...fundings,
    },
    issues,
  };
}

export type CheckedHouseRows = {
  valid: { row: number; input: CreateHouseInput; names: Map<string, string> }[];
  issues: ImportIssue[];
  lookups: HouseFormChoices;
};

/** Every row through the form's schema, then the form's data-layer checks, each refusal at its row and column. */
export async function checkHouseRows(tx: Tx, viewer: Viewer, rows: readonly ImportRow[], lookups?: HouseFormChoices): Promise<CheckedHouseRows> {
  const choices = lookups ?? (await houseImportLookups(viewer));
  const parsed = validateImportRows(rows, {
    schema: createHouseSchema,
    toInput: (row) => rowInput(row, choices),
    columnOf: houseImportColumnOf,
    fallback: message("validation.invalid"),
  });
  const issues = [...parsed.issues];
  const valid: CheckedHouseRows["valid"] = [];
  const cellsOf = new Map(rows.map((row) => [row.row, row.cells]));
  for (const { row, input } of parsed.valid) {
    try {
      valid.push({ row, input, names: await checkNewHouse(tx, viewer, input) });
    } catch (error) {
      if (!(error instanceof RuleViolation || error instanceof PeriodLockedError)) throw error;
      const column = houseImportColumnOf(error.field ?? "");
      const value = cellsOf.get(row)?.[column];
      issues.push({
        row,
        column: column || null,
        ...(error instanceof PeriodLockedError ? { message: message("validation.periodLocked"), lock: error.report } : { message: error.code }),
        ...(value ? { value } : {}),
      });
    }
  }
  return { valid, issues: sortIssues(issues, COLUMNS), lookups: choices };
}

/** Reads an uploaded file and keeps its rows for the preview: the batch id, or the one reason the file cannot be read. */
export async function uploadHouseImport(viewer: Viewer, file: { name: string; bytes: Uint8Array }): Promise<{ ok: true; id: string } | { ok: false; issue: ImportIssue }> {
  if ((await houseImportLookups(viewer)).committees.length === 0) throw new NotFoundError("import");
  const read = await readImportFile(file.bytes, READ_COLUMNS, { maxBytes: HOUSE_IMPORT_MAX_BYTES, maxRows: HOUSE_IMPORT_MAX_ROWS });
  if (!read.ok) return read;
  return { ok: true, id: await saveImportBatch(viewer, "house", file.name, read.rows) };
}

export type HousePreviewRow = { row: number; commune: string; programme: string; work: CreateHouseInput["work"]; value: bigint; status: CreateHouseInput["status"]; handedOverOn: Date | null; committee: string; fundings: number };

const PREVIEW_ROWS = 20;

/** A batch the viewer uploaded, checked afresh: its issues by row and column, or the first rows as they would be written (without household details). */
export async function previewHouseImport(viewer: Viewer, id: string) {
  const batch = await getImportBatch(viewer, "house", id);
  const meta = { id: batch.id, fileName: batch.fileName, rowCount: batch.rowCount, committedAt: batch.committedAt, committedCount: batch.committedCount };
  if (batch.committedAt) return { batch: meta, issues: [] as ImportIssue[], sample: [] as HousePreviewRow[], validCount: 0 };
  const checked = await checkHouseRows(getDb(), viewer, batch.rows);
  const programmes = new Map(checked.lookups.programmes.map((p) => [p.id, p.name]));
  const committees = new Map(checked.lookups.committees.map((c) => [c.id, c.name]));
  const sample =
    checked.issues.length > 0
      ? []
      : checked.valid.slice(0, PREVIEW_ROWS).map(({ row, input }): HousePreviewRow => ({
          row,
          commune: input.commune,
          programme: programmes.get(input.programmeId) ?? "",
          work: input.work,
          value: input.value,
          status: input.status,
          handedOverOn: input.handedOverOn,
          committee: committees.get(input.committeeId) ?? "",
          fundings: input.fundings.length,
        }));
  return { batch: meta, issues: checked.issues, sample, validCount: checked.valid.length };
}

/** Writes every row of the batch in ONE transaction after checking them all again; any refusal writes nothing. Each house is audited, and the import once. */
export async function commitHouseImport(viewer: Viewer, id: string): Promise<{ count: number; fileName: string }> {
  const lookups = await houseImportLookups(viewer);
  return commitImportBatch(viewer, "house", id, async (tx, rows) => {
    const checked = await checkHouseRows(tx, viewer, rows, lookups);
    if (checked.issues.length > 0) throw new ImportRejected(checked.issues);
    for (const { input, names } of checked.valid) await insertHouse(tx, viewer, input, names, [], { importBatchId: id });
    return checked.valid.length;
  });
}
