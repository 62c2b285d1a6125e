import "server-only";
import type { Prisma } from "@/lib/db";
import { RECORD_ID_PATTERN } from "@/lib/validation/fields";
import { readReach, type Resource, type ResourceType, type Viewer } from "@/lib/auth/policy";

type Tx = Prisma.TransactionClient;

/** Ids are cuids or seed ids: anything else (a NUL byte, a 2 kB string) names no record. */
export function isRecordId(value: unknown): value is string {
  return typeof value === "string" && RECORD_ID_PATTERN.test(value);
}

/** Ids of a committee's ancestors, parent first (recursive CTE, one round trip). */
export async function ancestorIds(tx: Tx, committeeId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    with recursive up as (
      select id, parent_id, 0 as depth from committees where id = ${committeeId}
      union all
      select c.id, c.parent_id, up.depth + 1 from committees c join up on c.id = up.parent_id
       where up.depth < 32 -- a bad parent loop must not run forever
    )
    select id from up where depth > 0 order by depth`;
  return rows.map((row) => row.id);
}

/** The committee and all its descendants. */
export async function subtreeIds(tx: Tx, committeeId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    with recursive down as (
      select id from committees where id = ${committeeId}
      union -- not "all": a bad parent loop then ends instead of running forever
      select c.id from committees c join down on c.parent_id = down.id
    )
    select id from down`;
  return rows.map((row) => row.id);
}

export async function resourceOf(tx: Tx, type: ResourceType, committeeId: string | null): Promise<Resource> {
  return { type, committeeId, ancestorIds: committeeId ? await ancestorIds(tx, committeeId) : [] };
}

/**
 * The committees whose resources of `type` the viewer may read, as a Prisma
 * filter on `committeeId`; `undefined` means no restriction (admin).
 */
export async function readableCommittees(tx: Tx, viewer: Viewer, type: ResourceType = "record"): Promise<{ in: string[] } | undefined> {
  const reach = readReach(viewer, type);
  if (reach === "all") return undefined;
  if (reach === "none" || !viewer.committeeId) return { in: [] };
  return { in: reach === "own" ? [viewer.committeeId] : await subtreeIds(tx, viewer.committeeId) };
}
