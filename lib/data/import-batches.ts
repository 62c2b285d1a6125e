import "server-only";
import { getDb, Prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/policy";
import type { ImportKind, ImportRow } from "@/lib/import/types";
import { audit } from "./audit";
import { NotFoundError, RuleViolation } from "./errors";
import { isRecordId } from "./scope";

type Tx = Prisma.TransactionClient;

// The database half of lib/import: an uploaded file's rows wait here, under
// an id, between the preview and "Ghi tất cả". The web servers keep nothing:
// whichever server shows the preview or takes the commit reads the rows from
// here, and the commit locks the batch row so it runs once.

/** Uncommitted batches older than this are removed when the same user uploads again. */
const STALE_AFTER_MS = 2 * 24 * 60 * 60 * 1000;

export type ImportBatchView = {
  id: string;
  kind: ImportKind;
  fileName: string;
  rowCount: number;
  rows: ImportRow[];
  createdAt: Date;
  committedAt: Date | null;
  committedCount: number | null;
};

const batchSelect = { id: true, kind: true, fileName: true, rowCount: true, rows: true, createdAt: true, committedAt: true, committedCount: true } as const;

function asRows(value: Prisma.JsonValue): ImportRow[] {
  return Array.isArray(value) ? (value as unknown as ImportRow[]) : [];
}

/** Keeps a file's rows for the preview; returns the batch id. The viewer's stale uncommitted batches go. */
export async function saveImportBatch(viewer: Viewer, kind: ImportKind, fileName: string, rows: readonly ImportRow[]): Promise<string> {
  const db = getDb();
  await db.importBatch.deleteMany({ where: { createdById: viewer.id, committedAt: null, createdAt: { lt: new Date(Date.now() - STALE_AFTER_MS) } } });
  const batch = await db.importBatch.create({
    data: { kind, fileName: fileName.slice(0, 200), rowCount: rows.length, rows: rows as unknown as Prisma.InputJsonValue, createdById: viewer.id },
    select: { id: true },
  });
  return batch.id;
}

/** A batch the viewer uploaded; anyone else's (or another kind's) is a 404. */
export async function getImportBatch(viewer: Viewer, kind: ImportKind, id: string): Promise<ImportBatchView> {
  if (!isRecordId(id)) throw new NotFoundError("import");
  const batch = await getDb().importBatch.findFirst({ where: { id, kind, createdById: viewer.id }, select: batchSelect });
  if (!batch) throw new NotFoundError("import");
  return { ...batch, kind: batch.kind as ImportKind, rows: asRows(batch.rows) };
}

/**
 * Commits a batch in ONE transaction: the batch row is locked (a second
 * "Ghi tất cả", on any server, waits and then finds it committed), `write`
 * re-validates every row and writes them all or throws (ImportRejected:
 * nothing is written), then the batch is marked committed and the import is
 * audited once with its count.
 */
export async function commitImportBatch(
  viewer: Viewer,
  kind: ImportKind,
  id: string,
  write: (tx: Tx, rows: ImportRow[]) => Promise<number>,
): Promise<{ count: number; fileName: string }> {
  if (!isRecordId(id)) throw new NotFoundError("import");
  return getDb().$transaction(
    async (tx) => {
      const [locked] = await tx.$queryRaw<{ id: string }[]>`
        select id from import_batches where id = ${id} and kind = ${kind} and created_by_id = ${viewer.id} for update`;
      if (!locked) throw new NotFoundError("import");
      const batch = await tx.importBatch.findUniqueOrThrow({ where: { id }, select: batchSelect });
      if (batch.committedAt) throw new RuleViolation("imports.alreadyCommitted");
      const count = await write(tx, asRows(batch.rows));
      await tx.importBatch.update({ where: { id }, data: { committedAt: new Date(), committedCount: count } });
      await audit(tx, viewer, { action: "import", entity: kind, entityId: id, committeeId: viewer.committeeId, after: { fileName: batch.fileName, count } });
      return { count, fileName: batch.fileName };
    },
    // A thousand rows are written in well under a second; leave room on a busy machine.
    { timeout: 60_000, maxWait: 10_000 },
  );
}
