import "server-only";
import { getDb, Prisma } from "@/lib/db";
import { can, type Viewer } from "@/lib/auth/policy";
import { vietnamToday } from "@/lib/time/vietnam";
import type { ConfirmUserMovesInput } from "@/lib/validation/committee-tree";
import { audit } from "./audit";
import { StaleRecordError } from "./errors";
import { requireAdmin } from "./users";

// People move with the tree: users whose committee has ended are listed for
// an admin, each with where they go, the committee that carries their old
// one's work today (its primary successor, followed through later changes
// until one is active); the admin confirms them all with one click, and each
// move is audited.

type Tx = Prisma.TransactionClient;

/** How many users a page lists and one confirmation moves. */
export const USER_MOVES_PAGE = 200;

export type PendingUserMove = {
  userId: string;
  name: string;
  email: string;
  version: number;
  disabled: boolean;
  fromId: string;
  fromName: string;
  endedOn: Date;
  toId: string | null;
  toName: string | null;
};

type Row = {
  user_id: string;
  name: string;
  email: string;
  version: number;
  disabled: boolean;
  from_id: string;
  from_name: string;
  ended_on: Date;
  to_id: string | null;
  to_name: string | null;
};

/** Users on committees that ended before `today`, with the active committee their primary successors lead to, if any. */
function pendingQuery(today: Date, only: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    with recursive stranded as (
      select u.id, u.committee_id
        from users u join committees c on c.id = u.committee_id
       where c.valid_to < ${today}::date and ${only}
    ), chain(user_id, committee_id, depth) as (
      select id, committee_id, 0 from stranded
      union all
      select ch.user_id, s.successor_id, ch.depth + 1
        from chain ch
        join committees c on c.id = ch.committee_id
        join committee_successions s on s.predecessor_id = ch.committee_id and s.is_primary
       where c.valid_to < ${today}::date and ch.depth < 32
    ), target as (
      select distinct on (ch.user_id) ch.user_id, ch.committee_id
        from chain ch join committees c on c.id = ch.committee_id
       where c.valid_from <= ${today}::date and (c.valid_to is null or c.valid_to >= ${today}::date)
       order by ch.user_id, ch.depth
    )
    select u.id as user_id, u.name, u.email, u.version, u.disabled_at is not null as disabled,
           f.id as from_id, f.name as from_name, f.valid_to as ended_on, t.id as to_id, t.name as to_name
      from stranded st
      join users u on u.id = st.id
      join committees f on f.id = st.committee_id
      left join target tg on tg.user_id = st.id
      left join committees t on t.id = tg.committee_id
     order by f.name, u.name, u.id
     limit ${USER_MOVES_PAGE}`;
}

const toMove = (row: Row): PendingUserMove => ({
  userId: row.user_id,
  name: row.name,
  email: row.email,
  version: row.version,
  disabled: row.disabled,
  fromId: row.from_id,
  fromName: row.from_name,
  endedOn: row.ended_on,
  toId: row.to_id,
  toName: row.to_name,
});

/** The users left on ended committees (admins only), the first USER_MOVES_PAGE of them. */
export async function listPendingUserMoves(viewer: Viewer): Promise<PendingUserMove[]> {
  requireAdmin(viewer);
  const rows = await getDb().$queryRaw<Row[]>(pendingQuery(vietnamToday(), Prisma.sql`true`));
  return rows.map(toMove);
}

/** How many users are left on ended committees: shown on every admin page; 0 for anyone else. */
export async function countPendingUserMoves(viewer: Viewer): Promise<number> {
  if (!can(viewer, "administer", { type: "user", committeeId: null })) return 0;
  const [row] = await getDb().$queryRaw<{ count: bigint }[]>`
    select count(*) as count from users u join committees c on c.id = u.committee_id where c.valid_to < ${vietnamToday()}::date`;
  return Number(row?.count ?? 0);
}

/**
 * Moves the users the admin confirmed, as the page listed them, each to the
 * active successor of their ended committee: one transaction, one audit
 * event per user, their sessions ended (a new committee changes what they
 * may see). A user who moved or changed since the page was read makes the
 * whole confirmation stale; a user with nowhere to go stays listed.
 */
export async function confirmUserMoves(viewer: Viewer, input: ConfirmUserMovesInput): Promise<{ moved: number }> {
  requireAdmin(viewer);
  return getDb().$transaction(async (tx: Tx) => {
    // The tree holds still while people move with it.
    await tx.$executeRaw`select pg_advisory_xact_lock(hashtext('committee_tree'))`;
    const ids = input.users.map((user) => user.id);
    const rows = await tx.$queryRaw<Row[]>(pendingQuery(vietnamToday(), Prisma.sql`u.id in (${Prisma.join(ids)})`));
    const pending = new Map(rows.map((row) => [row.user_id, toMove(row)]));
    let moved = 0;
    for (const { id, version } of input.users) {
      const move = pending.get(id);
      if (!move || move.version !== version) throw new StaleRecordError();
      if (!move.toId) continue;
      const { count } = await tx.user.updateMany({
        where: { id, version, committeeId: move.fromId },
        data: { committeeId: move.toId, version: { increment: 1 }, sessionEpoch: { increment: 1 } },
      });
      if (count === 0) throw new StaleRecordError();
      await audit(tx, viewer, { action: "move", entity: "user", entityId: id, committeeId: move.toId, before: { committeeId: move.fromId }, after: { committeeId: move.toId } });
      moved++;
    }
    return { moved };
  });
}
