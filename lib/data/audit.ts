import "server-only";
import type { Prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/policy";

type Tx = Prisma.TransactionClient;

export { AUDIT_ACTIONS, AUDIT_ENTITIES, type AuditAction, type AuditEntity } from "./audit-vocabulary";
import type { AuditAction, AuditEntity } from "./audit-vocabulary";

export type AuditEntry = {
  action: AuditAction;
  entity: AuditEntity;
  entityId?: string | null;
  committeeId?: string | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
};

// JSON cannot hold BigInt or Dates as such: store money as strings, dates as ISO.
function toJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value, (_key, v) => (typeof v === "bigint" ? v.toString() : v)));
}

/** Writes one audit event inside the caller's transaction. */
export async function audit(tx: Tx, actor: Pick<Viewer, "id" | "email"> | null, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: actor?.id ?? null,
      actorEmail: actor?.email ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      committeeId: entry.committeeId ?? null,
      // strictUndefinedChecks: absent JSON is left out, never passed as undefined.
      ...(entry.before == null ? {} : { before: toJson(entry.before) }),
      ...(entry.after == null ? {} : { after: toJson(entry.after) }),
      ip: entry.ip ?? null,
    },
  });
}

/**
 * Writes many audit events in one statement inside the caller's transaction
 * (a bulk import's rows): arrays unnested in SQL, a handful of parameters
 * whatever the number of events.
 */
export async function auditMany(tx: Tx, actor: Pick<Viewer, "id" | "email"> | null, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const column = <T>(pick: (entry: AuditEntry) => T) => entries.map(pick);
  const json = (value: unknown) => (value == null ? null : JSON.stringify(toJson(value)));
  await tx.$executeRaw`
    insert into audit_events (actor_id, actor_email, action, entity, entity_id, committee_id, before, after, ip)
    select ${actor?.id ?? null}, ${actor?.email ?? null}, e.action, e.entity, e.entity_id, e.committee_id, e.before, e.after, e.ip
      from unnest(${column((e) => e.action)}::text[], ${column((e) => e.entity)}::text[], ${column((e) => e.entityId ?? null)}::text[],
                  ${column((e) => e.committeeId ?? null)}::text[], ${column((e) => json(e.before))}::jsonb[], ${column((e) => json(e.after))}::jsonb[],
                  ${column((e) => e.ip ?? null)}::text[])
        with ordinality as e(action, entity, entity_id, committee_id, before, after, ip, n)
     order by e.n`;
}

/** Only the fields that changed, for a compact before/after. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): { before: Partial<T>; after: Partial<T> } {
  const b: Partial<T> = {};
  const a: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (after[key] !== undefined && String(before[key] ?? "") !== String(after[key] ?? "")) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return { before: b, after: a };
}
