import "server-only";
import { getDb, Prisma } from "@/lib/db";
import type { Role, Viewer } from "@/lib/auth/policy";
import { USER_SORTS, type UserListParams } from "@/lib/validation/user-list";
import { parseSort, positionOf } from "@/lib/validation/list";
import { ROLES } from "@/lib/validation/user";
import { textKey, timestampKey } from "./list/cursor";
import { containsPattern, countsPerValue, keysetBatches, readListPage, sqlTotals, whereAll, type KeysetQuery, type KeysetSource } from "./list/keyset";
import { accountScope } from "./users";

export const USER_PAGE_SIZE = 20;

export type UserRow = {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabledAt: Date | null;
  createdAt: Date;
  committeeName: string | null;
};

type UserSort = (typeof USER_SORTS)[keyof typeof USER_SORTS];

/** Users with their committee's name; each sort is backed by an index on (column, id). */
export const usersSource: KeysetSource<UserRow, UserSort> = {
  from: Prisma.sql`users u left join committees c on c.id = u.committee_id`,
  select: Prisma.sql`u.id, u.email, u.name, u.role::text as role, u.disabled_at, u.created_at, c.name as committee_name`,
  id: { column: Prisma.sql`u.id`, codec: textKey, value: (row) => row.id },
  sorts: {
    name: { column: Prisma.sql`u.name`, codec: textKey, value: (row) => row.name },
    email: { column: Prisma.sql`u.email`, codec: textKey, value: (row) => row.email },
    createdAt: { column: Prisma.sql`u.created_at`, codec: timestampKey, value: (row) => row.createdAt },
  },
  map: (raw) => ({
    id: raw.id as string,
    email: raw.email as string,
    name: raw.name as string,
    role: raw.role as Role,
    disabledAt: (raw.disabled_at as Date | null) ?? null,
    createdAt: raw.created_at as Date,
    committeeName: (raw.committee_name as string | null) ?? null,
  }),
};

export function userQueryOf(params: UserListParams): KeysetQuery<UserSort> {
  const { key, direction } = parseSort(params.sap_xep, USER_SORTS);
  const pattern = params.q ? containsPattern(params.q) : null;
  return {
    where: whereAll([
      pattern ? Prisma.sql`(u.email ilike ${pattern} or u.name ilike ${pattern})` : null,
      params.vai_tro ? Prisma.sql`u.role = ${params.vai_tro}::role` : null,
      params.trang_thai === "hoat_dong" ? Prisma.sql`u.disabled_at is null` : null,
      params.trang_thai === "da_khoa" ? Prisma.sql`u.disabled_at is not null` : null,
    ]),
    sort: key,
    direction,
  };
}

export type UserTotals = Record<"users" | "disabled" | Role, bigint>;

/** How many users the filters select: in all, per role and disabled (one SQL statement). */
function userTotals(where: Prisma.Sql): Promise<UserTotals> {
  return sqlTotals(getDb(), usersSource.from, where, {
    users: Prisma.sql`count(*)`,
    disabled: Prisma.sql`count(*) filter (where u.disabled_at is not null)`,
    ...countsPerValue(Prisma.sql`u.role`, ROLES, "role"),
  });
}

/** The list's query within the accounts the viewer keeps (404 for anyone who keeps none). */
function scopedQuery(viewer: Viewer, params: UserListParams): KeysetQuery<UserSort> {
  const query = userQueryOf(params);
  return { ...query, where: whereAll([accountScope(viewer), query.where]) };
}

/** One page of the users the viewer keeps, the count the filters select (up to 10,001) and their totals. */
export async function listUsers(viewer: Viewer, params: UserListParams) {
  const db = getDb();
  const query = scopedQuery(viewer, params);
  const [page, totals] = await Promise.all([readListPage(db, usersSource, query, positionOf(params), USER_PAGE_SIZE), userTotals(query.where)]);
  return { ...page, totals };
}

/** Every user the viewer keeps that the filters select, in batches, with the totals row from SQL. */
export async function exportUsers(viewer: Viewer, params: UserListParams) {
  const query = scopedQuery(viewer, params);
  return { totals: await userTotals(query.where), batches: keysetBatches(getDb(), usersSource, query) };
}
