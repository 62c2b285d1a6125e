// Generated audit events for list tests and the list benchmark: one INSERT …
// SELECT generate_series, one minute apart, actors `nguoi<n>@<domain>`, with
// Vietnamese text in the change so exports carry diacritics.
import type { PrismaClient } from "@/lib/db";

export async function insertAuditRows(db: PrismaClient, options: { count: number; domain: string; start?: Date }): Promise<void> {
  const start = options.start ?? new Date("2021-01-01T00:00:00Z");
  await db.$executeRaw`
    insert into audit_events (at, actor_email, action, entity, entity_id, ip, after)
    select ${start}::timestamptz + g * interval '1 minute',
           'nguoi' || (g % 40) || '@' || ${options.domain},
           (array['create', 'update', 'sign_in', 'delete'])[g % 4 + 1],
           'user',
           'u' || g,
           '10.0.' || (g % 200) || '.1',
           jsonb_build_object('name', 'Nguyễn Thị Ánh ' || g)
      from generate_series(1, ${options.count}::int) as g`;
  await db.$executeRaw`analyze audit_events`;
}

export async function deleteAuditRows(db: PrismaClient, domain: string): Promise<void> {
  await db.$executeRaw`delete from audit_events where actor_email like ${`%@${domain}`}`;
}
