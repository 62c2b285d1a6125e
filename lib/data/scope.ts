import "server-only";
import type { Prisma } from "@/lib/db";
import type { Resource, ResourceType, Viewer } from "@/lib/auth/policy";

type Tx = Prisma.TransactionClient;

/** Ids of a committee's ancestors, parent first (recursive CTE, one round trip). */
export async function ancestorIds(tx: Tx, committeeId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    with recursive up as (
      select id, parent_id, 0 as depth from committees where id = ${committeeId}
      union all
      select c.id, c.parent_id, up.depth + 1 from committees c join up on c.id = up.parent_id
    )
    select id from up where depth > 0 order by depth`;
  return rows.map((row) => row.id);
}

/** The committee and all its descendants. */
export async function subtreeIds(tx: Tx, committeeId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    with recursive down as (
      select id from committees where id = ${committeeId}
      union all
      select c.id from committees c join down on c.parent_id = down.id
    )
    select id from down`;
  return rows.map((row) => row.id);
}

export async function resourceOf(tx: Tx, type: ResourceType, committeeId: string | null): Promise<Resource> {
  return { type, committeeId, ancestorIds: committeeId ? await ancestorIds(tx, committeeId) : [] };
}

/**
 * The committees whose records the viewer may read, as a Prisma filter on
 * `committeeId`; `undefined` means no restriction (admin).
 */
export async function readableCommittees(tx: Tx, viewer: Viewer): Promise<{ in: string[] } | undefined> {
  if (viewer.role === "ADMIN") return undefined;
  if (!viewer.committeeId || viewer.role === "EDITOR") return { in: viewer.committeeId ? [viewer.committeeId] : [] };
  return { in: await subtreeIds(tx, viewer.committeeId) };
}
