import "server-only";
import type { Prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/policy";
import { StaleRecordError } from "../errors";
import { recordTable, type RecordKind } from "./record-kinds";

type Tx = Prisma.TransactionClient;

/**
 * Claims the version the form was loaded with: bumps it and stamps the
 * viewer as the last editor, in the caller's transaction, before the record's
 * own fields are written. A concurrent save waits on the row and then finds
 * the version moved on, so it is refused naming who changed the record and
 * when: nothing is overwritten.
 */
export async function claimVersion(tx: Tx, kind: RecordKind, id: string, version: number, viewer: Pick<Viewer, "id">): Promise<void> {
  const table = recordTable(kind);
  const claimed = await tx.$executeRaw`
    update ${table} set version = version + 1, updated_by_id = ${viewer.id}, updated_at = now()
     where id = ${id} and version = ${version} and deleted_at is null`;
  if (claimed === 1) return;
  throw await staleRecord(tx, kind, id);
}

/** The refusal of a stale save, naming the last editor when the record keeps one. */
export async function staleRecord(tx: Tx, kind: RecordKind, id: string): Promise<StaleRecordError> {
  const [row] = await tx.$queryRaw<{ name: string | null; updated_at: Date }[]>`
    select u.name, r.updated_at from ${recordTable(kind)} r left join users u on u.id = r.updated_by_id where r.id = ${id}`;
  return new StaleRecordError(row?.name ? { name: row.name, at: row.updated_at } : null);
}
