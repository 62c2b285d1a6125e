import "server-only";
import { Prisma } from "@/lib/db";
import { readReach, SUBTREE, type Relation, type Resource, type ResourceType, type Viewer } from "@/lib/auth/policy";

type Tx = Prisma.TransactionClient;

// The id rule lives with the other input rules; the data layer checks ids with it.
export { isRecordId } from "@/lib/validation/fields";

/**
 * The `where` condition that keeps a query to the committees whose resources
 * of `type` the viewer may read, on `column` (a committee id column). It is
 * SQL all the way: the lineage is the SQL function readable_committee_ids
 * (the viewer's subtree today and, through successions, the history behind
 * it), evaluated inside the query; no list of ids leaves the database. Every
 * reach has its own branch, admins' included.
 */
export function committeeScope(viewer: Viewer, type: ResourceType, column: Prisma.Sql): Prisma.Sql {
  const reach = readReach(viewer, type);
  switch (reach) {
    case "all":
      return Prisma.sql`true`;
    case "none":
      return Prisma.sql`false`;
    case "own":
      return viewer.committeeId === null ? Prisma.sql`false` : Prisma.sql`${column} = ${viewer.committeeId}`;
    case "lineage":
      return viewer.committeeId === null ? Prisma.sql`false` : Prisma.sql`${column} in (select readable_committee_ids(${viewer.committeeId}))`;
    case "subtree":
      // The same walk, kept to the subtree as it stands today.
      return viewer.committeeId === null
        ? Prisma.sql`false`
        : Prisma.sql`${column} in (select r.committee_id from committee_reach(${viewer.committeeId}) r where r.relation in (${Prisma.join([...SUBTREE])}))`;
  }
}

/**
 * A resource of `type` belonging to `committeeId`, with how that committee
 * stands to the viewer's (committee_reach, the same walk as the scope), for
 * `can()`. `on` is the record's date, when acting for a predecessor matters.
 */
export async function resourceOf(tx: Tx, viewer: Viewer, type: ResourceType, committeeId: string | null, on?: Date): Promise<Resource> {
  const base: Resource = { type, committeeId, ...(on ? { on } : {}) };
  if (!committeeId) return base;
  const [row] = await tx.$queryRaw<{ relation: Relation; valid_to: Date | null }[]>`
    select c.valid_to,
           coalesce(
             (select r.relation from committee_reach(${viewer.committeeId}) r where r.committee_id = c.id),
             case when exists (select 1 from committee_successions s where s.predecessor_id = ${viewer.committeeId} and s.successor_id = c.id)
                  then 'successor' end,
             'other') as relation
      from committees c
     where c.id = ${committeeId}`;
  if (!row) return base;
  return { ...base, relation: row.relation, committeeEndedOn: row.valid_to };
}
