import "server-only";
import { getDb, Prisma } from "@/lib/db";
import { can, type Viewer } from "@/lib/auth/policy";
import { AUDIT_SORTS, type AuditListParams } from "@/lib/validation/audit-list";
import { parseSort, positionOf, startOfVietnamDay } from "@/lib/validation/list";
import { NotFoundError } from "./errors";
import { bigintKey, timestampKey } from "./list/cursor";
import { containsPattern, keysetBatches, readListPage, sqlTotals, whereAll, type KeysetQuery, type KeysetSource } from "./list/keyset";

export const AUDIT_PAGE_SIZE = 50;

export type AuditRow = {
  id: bigint;
  at: Date;
  actorEmail: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
};

type AuditSort = (typeof AUDIT_SORTS)[keyof typeof AUDIT_SORTS];

/** The audit trail as a keyset source: sorted by time, id breaking ties (index audit_events(at, id)). */
export const auditEventsSource: KeysetSource<AuditRow, AuditSort> = {
  from: Prisma.sql`audit_events`,
  select: Prisma.sql`id, at, actor_email, action, entity, entity_id, before, after, ip`,
  id: { column: Prisma.sql`id`, codec: bigintKey, value: (row) => row.id },
  sorts: { at: { column: Prisma.sql`at`, codec: timestampKey, value: (row) => row.at } },
  map: (raw) => ({
    id: BigInt(raw.id as bigint),
    at: raw.at as Date,
    actorEmail: (raw.actor_email as string | null) ?? null,
    action: raw.action as string,
    entity: raw.entity as string,
    entityId: (raw.entity_id as string | null) ?? null,
    before: raw.before ?? null,
    after: raw.after ?? null,
    ip: (raw.ip as string | null) ?? null,
  }),
};

function requireAuditReader(viewer: Viewer) {
  if (!can(viewer, "read", { type: "audit", committeeId: null })) throw new NotFoundError("audit");
}

/** The filters and sort of the URL as a keyset query (the whole trail: admins only, checked by callers). */
export function auditQueryOf(params: AuditListParams): KeysetQuery<AuditSort> {
  const from = startOfVietnamDay(params.tu);
  const to = startOfVietnamDay(params.den, 1);
  const { key, direction } = parseSort(params.sap_xep, AUDIT_SORTS);
  return {
    where: whereAll([
      params.nguoi ? Prisma.sql`actor_email like ${containsPattern(params.nguoi.toLowerCase())}` : null,
      params.hanh_dong ? Prisma.sql`action = ${params.hanh_dong}` : null,
      params.doi_tuong ? Prisma.sql`entity = ${params.doi_tuong}` : null,
      from ? Prisma.sql`at >= ${from}` : null,
      to ? Prisma.sql`at < ${to}` : null,
    ]),
    sort: key,
    direction,
  };
}

/** One page of the audit trail and how many events the filters select (counted up to 10,001). */
export async function listAuditEvents(viewer: Viewer, params: AuditListParams) {
  requireAuditReader(viewer);
  const db = getDb();
  const query = auditQueryOf(params);
  return readListPage(db, auditEventsSource, query, positionOf(params), AUDIT_PAGE_SIZE);
}

/**
 * Every event the filters select, for a download: the exact count from SQL
 * first, then the rows in batches through the keyset index.
 */
export async function exportAuditEvents(viewer: Viewer, params: AuditListParams) {
  requireAuditReader(viewer);
  const db = getDb();
  const query = auditQueryOf(params);
  const totals = await sqlTotals(db, auditEventsSource.from, query.where, { events: Prisma.sql`count(*)` });
  return { totals, batches: keysetBatches(db, auditEventsSource, query) };
}
