import "server-only";
import { getDb, Prisma } from "@/lib/db";
import { can, type Viewer } from "@/lib/auth/policy";
import { audit } from "../audit";
import { NotFoundError, RuleViolation } from "../errors";
import { isRecordId, resourceOf } from "../scope";
import { assertPeriodsOpen } from "./period-locks";
import { isLockedByPeriods, recordDateColumn, recordKinds, recordLaterDateColumn, recordTable, recordTitleColumn, type RecordKind } from "./record-kinds";
import { staleRecord } from "./versions";
import { readListPage, whereAll, type KeysetSource } from "../list/keyset";
import { textKey, timestampKey } from "../list/cursor";
import { DELETED_SORTS, type DeletedListParams } from "@/lib/validation/deleted-list";
import { parseSort, positionOf } from "@/lib/validation/list";

type Tx = Prisma.TransactionClient;

type Located = { committee_id: string | null; on: Date | null; later_on: Date | null; version: number; deleted_at: Date | null };

async function locate(tx: Tx, kind: RecordKind, id: string): Promise<Located | null> {
  if (!isRecordId(id)) return null;
  const [row] = await tx.$queryRaw<Located[]>`
    select committee_id, ${recordDateColumn(kind)} as on, ${recordLaterDateColumn(kind)} as later_on, version, deleted_at from ${recordTable(kind)} where id = ${id} for update`;
  return row ?? null;
}

/** The (committee, date) pairs a record is counted under: its own date, and a model's recognition; none for a kind no lock holds. */
function datesOf(kind: RecordKind, record: Located) {
  const committeeId = record.committee_id;
  if (!committeeId || !isLockedByPeriods(kind)) return [];
  return [record.on, record.later_on].map((on) => (on ? { committeeId, on } : null));
}

/**
 * Deletes a record softly, for every record type: the viewer must read it
 * (404 otherwise) and may delete it, its date must lie outside locked
 * periods, and the version must be the one the viewer saw. The row stays,
 * hidden from every list and total, with who deleted it and when; audited.
 */
export async function deleteRecord(viewer: Viewer, kind: RecordKind, id: string, version: number): Promise<{ committeeId: string | null }> {
  return getDb().$transaction(async (tx) => {
    const record = await locate(tx, kind, id);
    if (!record || record.deleted_at) throw new NotFoundError(kind);
    const resource = await resourceOf(tx, viewer, "record", record.committee_id, record.on ?? undefined);
    if (!can(viewer, "read", resource)) throw new NotFoundError(kind);
    if (!can(viewer, "delete", resource)) throw new RuleViolation("validation.recordDeleteNotAllowed");
    await assertPeriodsOpen(tx, datesOf(kind, record));
    const deleted = await tx.$executeRaw`
      update ${recordTable(kind)} set deleted_at = now(), deleted_by_id = ${viewer.id}, version = version + 1, updated_at = now()
       where id = ${id} and version = ${version} and deleted_at is null`;
    if (deleted !== 1) throw await staleRecord(tx, kind, id);
    await audit(tx, viewer, { action: "delete", entity: kind, entityId: id, committeeId: record.committee_id });
    return { committeeId: record.committee_id };
  });
}

/** Brings a deleted record back (admins), unless its period has been locked since. Audited. */
export async function restoreRecord(viewer: Viewer, kind: RecordKind, id: string): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const record = await locate(tx, kind, id);
    if (!record || !record.deleted_at) throw new NotFoundError(kind);
    if (!can(viewer, "administer", await resourceOf(tx, viewer, "record", record.committee_id))) throw new NotFoundError(kind);
    await assertPeriodsOpen(tx, datesOf(kind, record));
    await tx.$executeRaw`
      update ${recordTable(kind)} set deleted_at = null, deleted_by_id = null, version = version + 1, updated_by_id = ${viewer.id}, updated_at = now()
       where id = ${id}`;
    await audit(tx, viewer, { action: "restore", entity: kind, entityId: id, committeeId: record.committee_id });
  });
}

export type DeletedRecord = {
  kind: RecordKind;
  id: string;
  title: string;
  /** Null for a nationwide campaign. */
  committeeName: string | null;
  on: Date | null;
  deletedAt: Date;
  deletedBy: string | null;
};

type DeletedSort = (typeof DELETED_SORTS)[keyof typeof DELETED_SORTS];

/** Deleted records of every type in one keyset source: a union of each table's deleted rows, newest first by default. */
const deletedRecordsSource: KeysetSource<DeletedRecord, DeletedSort> = {
  from: Prisma.sql`(${Prisma.join(
    recordKinds.map(
      (kind) => Prisma.sql`
        select ${kind}::text as kind, r.id, r.${recordTitleColumn(kind)}::text as title, c.name as committee_name,
               r.${recordDateColumn(kind)} as on, r.deleted_at, u.name as deleted_by
          from ${recordTable(kind)} r left join committees c on c.id = r.committee_id left join users u on u.id = r.deleted_by_id
         where r.deleted_at is not null`,
    ),
    " union all ",
  )}) d`,
  select: Prisma.sql`d.kind, d.id, d.title, d.committee_name, d.on, d.deleted_at, d.deleted_by`,
  id: { column: Prisma.sql`d.id`, codec: textKey, value: (row) => row.id },
  sorts: { deletedAt: { column: Prisma.sql`d.deleted_at`, codec: timestampKey, value: (row) => row.deletedAt } },
  map: (raw) => ({
    kind: raw.kind as RecordKind,
    id: raw.id as string,
    title: raw.title as string,
    committeeName: (raw.committee_name as string | null) ?? null,
    on: (raw.on as Date | null) ?? null,
    deletedAt: raw.deleted_at as Date,
    deletedBy: (raw.deleted_by as string | null) ?? null,
  }),
};

export const DELETED_PAGE_SIZE = 50;

/** One page of the deleted records of every type (or one), for admins, and how many there are. */
export async function listDeletedRecords(viewer: Viewer, params: DeletedListParams) {
  if (!can(viewer, "administer", { type: "record", committeeId: null })) throw new NotFoundError("record");
  const { key, direction } = parseSort(params.sap_xep, DELETED_SORTS);
  const query = { where: whereAll([params.loai ? Prisma.sql`d.kind = ${params.loai}` : null]), sort: key, direction };
  return readListPage(getDb(), deletedRecordsSource, query, positionOf(params), DELETED_PAGE_SIZE);
}
