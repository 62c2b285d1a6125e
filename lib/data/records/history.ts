import "server-only";
import { getDb } from "@/lib/db";
import type { AuditEntity } from "../audit-vocabulary";

export type RecordChange = {
  id: string;
  at: Date;
  action: string;
  actorName: string | null;
  actorEmail: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

/**
 * A record's change history from the audit trail, newest first. The caller
 * has already checked that the viewer may read the record, and strips what
 * the viewer may not see (household details) before showing it.
 */
export async function recordHistory(entity: AuditEntity, entityId: string, limit = 50): Promise<RecordChange[]> {
  const events = await getDb().auditEvent.findMany({
    where: { entity, entityId },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, at: true, action: true, actorEmail: true, before: true, after: true, actor: { select: { name: true } } },
  });
  return events.map((event) => ({
    id: event.id.toString(),
    at: event.at,
    action: event.action,
    actorName: event.actor?.name ?? null,
    actorEmail: event.actorEmail,
    before: asObject(event.before),
    after: asObject(event.after),
  }));
}

function asObject(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}
