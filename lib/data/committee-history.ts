import "server-only";
import { getDb, Prisma } from "@/lib/db";
import { can, type Viewer } from "@/lib/auth/policy";
import type { CommitteeLevel, SuccessionKind } from "@/lib/generated/prisma/client";
import { NotFoundError } from "./errors";
import { committeeScope, isRecordId, resourceOf } from "./scope";

/** A committee named in another's history, linked when the viewer may open its profile. */
export type LinkedCommittee = { id: string; name: string; readable: boolean };

export type CommitteeHistory = {
  parents: (LinkedCommittee & { validFrom: Date; validTo: Date | null })[];
  predecessors: (LinkedCommittee & { kind: SuccessionKind; effectiveOn: Date; primary: boolean })[];
  successors: (LinkedCommittee & { kind: SuccessionKind; effectiveOn: Date; primary: boolean })[];
};

type ParentRow = { id: string; name: string; readable: boolean; valid_from: Date; valid_to: Date | null };
type SuccessionRow = { id: string; name: string; readable: boolean; kind: SuccessionKind; effective_on: Date; is_primary: boolean; side: "predecessor" | "successor" };

/**
 * A committee's history: its parents over time (latest first), the
 * committees it succeeded and those that succeeded it, the primary one
 * marked. Only for viewers who may read the committee's records.
 */
export async function getCommitteeHistory(viewer: Viewer, id: string): Promise<CommitteeHistory> {
  if (!isRecordId(id)) throw new NotFoundError("committee");
  const db = getDb();
  if (!can(viewer, "read", await resourceOf(db, viewer, "record", id))) throw new NotFoundError("committee");
  const readable = committeeScope(viewer, "record", Prisma.sql`c.id`);
  const [parents, successions] = await Promise.all([
    db.$queryRaw<ParentRow[]>`
      select c.id, c.name, ${readable} as readable, p.valid_from, p.valid_to
        from committee_parents p join committees c on c.id = p.parent_id
       where p.committee_id = ${id}
       order by p.valid_from desc`,
    db.$queryRaw<SuccessionRow[]>`
      select c.id, c.name, ${readable} as readable, s.kind, s.effective_on, s.is_primary,
             case when s.successor_id = ${id} then 'predecessor' else 'successor' end as side
        from committee_successions s
        join committees c on c.id = case when s.successor_id = ${id} then s.predecessor_id else s.successor_id end
       where s.successor_id = ${id} or s.predecessor_id = ${id}
       order by s.is_primary desc, c.name`,
  ]);
  const succession = (row: SuccessionRow) => ({ id: row.id, name: row.name, readable: row.readable, kind: row.kind, effectiveOn: row.effective_on, primary: row.is_primary });
  return {
    parents: parents.map((row) => ({ id: row.id, name: row.name, readable: row.readable, validFrom: row.valid_from, validTo: row.valid_to })),
    predecessors: successions.filter((row) => row.side === "predecessor").map(succession),
    successors: successions.filter((row) => row.side === "successor").map(succession),
  };
}

/** One committee of the tree on a date, with the committees under it then. */
export type TreeNode = { id: string; name: string; level: CommitteeLevel; readable: boolean; children: TreeNode[] };

type TreeRow = { id: string; name: string; level: CommitteeLevel; parent_id: string | null; readable: boolean };

/**
 * The committee tree as it stood on `on`: the committees valid that day,
 * each under the parent it had that day, in Vietnamese name order. The tree
 * (names and places) is public knowledge; `readable` says whose profiles and
 * records the viewer may open.
 */
export async function getCommitteeTree(viewer: Viewer, on: Date): Promise<TreeNode[]> {
  if (!can(viewer, "read", { type: "committeeTree", committeeId: null })) return [];
  const db = getDb();
  const rows = await db.$queryRaw<TreeRow[]>`
    select c.id, c.name, c.level, p.parent_id, ${committeeScope(viewer, "record", Prisma.sql`c.id`)} as readable
      from committees c
      left join committee_parents p
        on p.committee_id = c.id and p.valid_from <= ${on}::date and (p.valid_to is null or p.valid_to >= ${on}::date)
     where c.valid_from <= ${on}::date and (c.valid_to is null or c.valid_to >= ${on}::date)
     order by c.name`;
  return nest(rows);
}

/** Rows (in display order) into a forest; a parent missing from the rows makes a root. */
function nest(rows: TreeRow[]): TreeNode[] {
  const nodes = new Map(rows.map((row) => [row.id, { id: row.id, name: row.name, level: row.level, readable: row.readable, children: [] as TreeNode[] }]));
  const roots: TreeNode[] = [];
  for (const row of rows) {
    const node = nodes.get(row.id)!;
    const parent = row.parent_id ? nodes.get(row.parent_id) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
