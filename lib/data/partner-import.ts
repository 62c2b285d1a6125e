import "server-only";
import { getDb, Prisma } from "@/lib/db";
import { can, type Viewer } from "@/lib/auth/policy";
import { catalogs } from "@/lib/i18n/messages";
import { PARTNER_IMPORT_MAX_BYTES, PARTNER_IMPORT_MAX_ROWS, partnerImportColumnOf, partnerImportColumns } from "@/lib/import/partner-template";
import { headerKey, readColumns, readImportFile } from "@/lib/import/read";
import { ImportRejected, sortIssues, type ImportIssue, type ImportRow } from "@/lib/import/types";
import { validateImportRows, type RowInput } from "@/lib/import/validate";
import { message } from "@/lib/validation/message";
import { createPartnerSchema, PARTNER_KINDS, type CreatePartnerInput, type PartnerKindValue } from "@/lib/validation/partner";
import { auditMany } from "./audit";
import { NotFoundError } from "./errors";
import { commitImportBatch, getImportBatch, saveImportBatch } from "./import-batches";
import { listPartnerCommitteeChoices } from "./partners";
import { resourceOf } from "./scope";

type Tx = Prisma.TransactionClient;

// Partners from an Excel file, all or nothing (lib/import): every row through
// the partner form's schema, then the form's rules for all rows at once (a
// committee the viewer keeps partners for; no two partners of one committee
// with one name, in the file or already kept), then one INSERT.

const READ_COLUMNS = readColumns(partnerImportColumns(catalogs.vi), partnerImportColumns(catalogs.en));
const COLUMNS = partnerImportColumns(catalogs.vi);

const KINDS = new Map<string, PartnerKindValue>();
for (const kind of PARTNER_KINDS) {
  KINDS.set(headerKey(kind), kind);
  for (const catalog of [catalogs.vi, catalogs.en]) KINDS.set(headerKey(catalog.partners.kinds[kind]), kind);
}

type Committees = { id: string; name: string }[];

/** The committees the viewer keeps partners for: the template's list and the rows' lookup. */
export const partnerImportCommittees = listPartnerCommitteeChoices;

function rowInput(row: ImportRow, viewer: Viewer, committees: Committees): RowInput {
  const cells = row.cells;
  const issues: RowInput["issues"][number][] = [];
  let committeeId = "";
  if (cells.committee) {
    const found = committees.find((c) => headerKey(c.name) === headerKey(cells.committee!));
    if (found) committeeId = found.id;
    else issues.push({ column: "committee", message: message("validation.importCommitteeUnknown") });
  } else {
    committeeId = committees.find((c) => c.id === viewer.committeeId)?.id ?? "";
  }
  return {
    values: {
      name: cells.name ?? "",
      shortName: cells.shortName ?? "",
      kind: cells.kind ? (KINDS.get(headerKey(cells.kind)) ?? cells.kind) : "",
      committeeId,
      address: cells.address ?? "",
      phone: cells.phone ?? "",
      email: cells.email ?? "",
    },
    issues,
  };
}

export type CheckedPartnerRows = { valid: { row: number; input: CreatePartnerInput }[]; issues: ImportIssue[]; committees: Committees };

/** Every row through the form's schema, then the committee and the unique names for all rows at once. */
export async function checkPartnerRows(tx: Tx, viewer: Viewer, rows: readonly ImportRow[]): Promise<CheckedPartnerRows> {
  const committees = await partnerImportCommittees(viewer);
  const parsed = validateImportRows(rows, { schema: createPartnerSchema, toInput: (row) => rowInput(row, viewer, committees), columnOf: partnerImportColumnOf, fallback: message("validation.invalid") });
  const issues = [...parsed.issues];
  const allowed = new Set<string>();
  for (const id of new Set(parsed.valid.map((v) => v.input.committeeId))) if (can(viewer, "create", await resourceOf(tx, viewer, "partner", id))) allowed.add(id);
  const taken = new Set(
    (
      await tx.$queryRaw<{ key: string }[]>`
        select p.committee_id || '|' || lower(p.name) as key from partners p
         where p.committee_id = any(${[...allowed]}::text[]) and lower(p.name) = any(${parsed.valid.map((v) => v.input.name.toLowerCase())}::text[])`
    ).map((r) => r.key),
  );
  const valid: CheckedPartnerRows["valid"] = [];
  const seen = new Set<string>();
  const cellsOf = new Map(rows.map((row) => [row.row, row.cells]));
  for (const entry of parsed.valid) {
    const key = `${entry.input.committeeId}|${entry.input.name.toLowerCase()}`;
    const refuse = (column: string, code: Parameters<typeof message>[0]) => {
      const value = cellsOf.get(entry.row)?.[column];
      issues.push({ row: entry.row, column, message: message(code), ...(value ? { value } : {}) });
    };
    if (!allowed.has(entry.input.committeeId)) refuse("committee", "validation.committee");
    else if (taken.has(key) || seen.has(key)) refuse("name", "validation.partnerNameTaken");
    else valid.push(entry);
    seen.add(key);
  }
  return { valid, issues: sortIssues(issues, COLUMNS), committees };
}

export async function uploadPartnerImport(viewer: Viewer, file: { name: string; bytes: Uint8Array }): Promise<{ ok: true; id: string } | { ok: false; issue: ImportIssue }> {
  if ((await partnerImportCommittees(viewer)).length === 0) throw new NotFoundError("import");
  const read = await readImportFile(file.bytes, READ_COLUMNS, { maxBytes: PARTNER_IMPORT_MAX_BYTES, maxRows: PARTNER_IMPORT_MAX_ROWS });
  if (!read.ok) return read;
  return { ok: true, id: await saveImportBatch(viewer, "partner", file.name, read.rows) };
}

export type PartnerPreviewRow = { row: number; name: string; shortName: string; kind: PartnerKindValue; committee: string };

const PREVIEW_ROWS = 20;

/** A batch the viewer uploaded, checked afresh: its issues by row and column, or the first rows as they would be written. */
export async function previewPartnerImport(viewer: Viewer, id: string) {
  const batch = await getImportBatch(viewer, "partner", id);
  const meta = { id: batch.id, fileName: batch.fileName, rowCount: batch.rowCount, committedAt: batch.committedAt, committedCount: batch.committedCount };
  if (batch.committedAt) return { batch: meta, issues: [] as ImportIssue[], sample: [] as PartnerPreviewRow[], validCount: 0 };
  const checked = await checkPartnerRows(getDb(), viewer, batch.rows);
  const names = new Map(checked.committees.map((c) => [c.id, c.name]));
  const sample =
    checked.issues.length > 0
      ? []
      : checked.valid.slice(0, PREVIEW_ROWS).map(({ row, input }) => ({ row, name: input.name, shortName: input.shortName, kind: input.kind, committee: names.get(input.committeeId) ?? "" }));
  return { batch: meta, issues: checked.issues, sample, validCount: checked.valid.length };
}

/** Writes every row in ONE transaction after checking them all again (one INSERT); any refusal writes nothing. Each partner is audited, and the import once. */
export async function commitPartnerImport(viewer: Viewer, id: string): Promise<{ count: number; fileName: string }> {
  return commitImportBatch(viewer, "partner", id, async (tx, rows) => {
    const checked = await checkPartnerRows(tx, viewer, rows);
    if (checked.issues.length > 0) throw new ImportRejected(checked.issues);
    const inputs = checked.valid.map((v) => v.input);
    const column = <T>(pick: (input: CreatePartnerInput) => T) => inputs.map(pick);
    const created = await tx.$queryRaw<{ id: string; committee_id: string; name: string; short_name: string; kind: string }[]>`
      insert into partners (id, committee_id, name, short_name, kind, address, phone, email, updated_at)
      select 'p' || replace(gen_random_uuid()::text, '-', ''), r.committee_id, r.name, r.short_name, r.kind::partner_kind, r.address, r.phone, r.email, now()
        from unnest(${column((i) => i.committeeId)}::text[], ${column((i) => i.name)}::text[], ${column((i) => i.shortName)}::text[], ${column((i) => i.kind)}::text[],
                    ${column((i) => i.address)}::text[], ${column((i) => i.phone)}::text[], ${column((i) => i.email)}::text[])
          with ordinality as r(committee_id, name, short_name, kind, address, phone, email, n)
       order by r.n
      returning id, committee_id, name, short_name, kind::text as kind`;
    await auditMany(
      tx,
      viewer,
      created.map((p) => ({
        action: "create" as const,
        entity: "partner" as const,
        entityId: p.id,
        committeeId: p.committee_id,
        after: { name: p.name, shortName: p.short_name, kind: p.kind, committeeId: p.committee_id, importBatchId: id },
      })),
    );
    return created.length;
  });
}
