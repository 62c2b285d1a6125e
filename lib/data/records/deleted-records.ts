import "server-only";
import { getDb, Prisma } from "@/lib/db";
import { can, type Viewer } from "@/lib/auth/policy";
import { audit } from "../audit";
import { NotFoundError, RuleViolation } from "../errors";
import { isRecordId, resourceOf } from "../scope";
import { assertPeriodsOpen } from "./period-locks";
import { recordDateColumn, recordKinds, recordTable, recordTitleColumn, type RecordKind } from "./record-kinds";
import { staleRecord } from "./versions";

type Tx = Prisma.TransactionClient;

type Located = { committee_id: string; on: Date | null; version: number; deleted_at: Date | null };

async function locate(tx: Tx, kind: RecordKind, id: string): Promise<Located | null> {
  if (!isRecordId(id)) return null;
  const [row] = await tx.$queryRaw<Located[]>`
    select committee_id, ${recordDateColumn(kind)} as on, version, deleted_at from ${recordTable(kind)} where id = ${id} for update`;
  return row ?? null;
}

/**
 * Deletes a record softly, for every record type: the viewer must read it
 * (404 otherwise) and may delete it, its date must lie outside locked
 * periods, and the version must be the one the viewer saw. The row stays,
 * hidden from every list and total, with who deleted it and when; audited.
 */
export async function deleteRecord(viewer: Viewer, kind: RecordKind, id: string, version: number): Promise<{ committeeId: string }> {
  return getDb().$transaction(async (tx) => {
    const record = await locate(tx, kind, id);
    if (!record || record.deleted_at) throw new NotFoundError(kind);
    const resource = await resourceOf(tx, viewer, "record", record.committee_id, record.on ?? undefined);
    if (!can(viewer, "read", resource)) throw new NotFoundError(kind);
    if (!can(viewer, "delete", resource)) throw new RuleViolation("validation.recordDeleteNotAllowed");
    await assertPeriodsOpen(tx, [record.on ? { committeeId: record.committee_id, on: record.on } : null]);
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
    await assertPeriodsOpen(tx, [record.on ? { committeeId: record.committee_id, on: record.on } : null]);
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
  committeeName: string;
  on: Date | null;
  deletedAt: Date;
  deletedBy: string | null;
};

/** The newest deleted records of every type, for admins; the total counts them all. */
export async function listDeletedRecords(viewer: Viewer, limit = 200): Promise<{ rows: DeletedRecord[]; total: number }> {
  if (!can(viewer, "administer", { type: "record", committeeId: null })) return { rows: [], total: 0 };
  const parts = recordKinds.map(
    (kind) => Prisma.sql`
      select ${kind}::text as kind, r.id, r.${recordTitleColumn(kind)}::text as title, c.name as committee_name,
             r.${recordDateColumn(kind)} as on, r.deleted_at, u.name as deleted_by
        from ${recordTable(kind)} r join committees c on c.id = r.committee_id left join users u on u.id = r.deleted_by_id
       where r.deleted_at is not null`,
  );
  const union = Prisma.join(parts, " union all ");
  const db = getDb();
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<{ kind: RecordKind; id: string; title: string; committee_name: string; on: Date | null; deleted_at: Date; deleted_by: string | null }[]>`
      select * from (${union}) d order by d.deleted_at desc, d.id limit ${limit}`,
    db.$queryRaw<{ total: bigint }[]>`
      select (${Prisma.join(recordKinds.map((kind) => Prisma.sql`(select count(*) from ${recordTable(kind)} where deleted_at is not null)`), " + ")})::bigint as total`,
  ]);
  return {
    rows: rows.map((r) => ({ kind: r.kind, id: r.id, title: r.title, committeeName: r.committee_name, on: r.on, deletedAt: r.deleted_at, deletedBy: r.deleted_by })),
    total: Number(count?.total ?? 0),
  };
}

