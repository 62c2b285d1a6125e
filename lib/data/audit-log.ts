import "server-only";
import { getDb } from "@/lib/db";
import { can, type Viewer } from "@/lib/auth/policy";
import type { AuditAction, AuditEntity } from "./audit";
import { NotFoundError } from "./errors";

export type AuditFilters = {
  actor?: string;
  action?: AuditAction;
  entity?: AuditEntity;
  from?: Date;
  to?: Date;
  page: number;
  pageSize: number;
};

/** The audit trail, newest first; admins only. */
export async function listAuditEvents(viewer: Viewer, filters: AuditFilters) {
  if (!can(viewer, "read", { type: "audit", committeeId: null })) throw new NotFoundError("audit");
  const db = getDb();
  const where = {
    ...(filters.actor ? { actorEmail: { contains: filters.actor.toLowerCase() } } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.entity ? { entity: filters.entity } : {}),
    ...(filters.from || filters.to
      ? { at: { ...(filters.from ? { gte: filters.from } : {}), ...(filters.to ? { lt: filters.to } : {}) } }
      : {}),
  };
  const [items, total] = await db.$transaction([
    db.auditEvent.findMany({
      where,
      select: { id: true, at: true, actorEmail: true, action: true, entity: true, entityId: true, before: true, after: true, ip: true },
      orderBy: { at: "desc" },
      skip: (filters.page - 1) * filters.pageSize,
      take: filters.pageSize,
    }),
    db.auditEvent.count({ where }),
  ]);
  return { items: items.map((item) => ({ ...item, id: item.id.toString() })), total };
}
