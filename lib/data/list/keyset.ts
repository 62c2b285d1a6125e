import "server-only";
import { Prisma, type PrismaClient } from "@/lib/db";
import type { ListPosition, SortDirection } from "@/lib/validation/list";
import { decodeCursor, encodeCursor, type KeyCodec, type KeyValue } from "./cursor";

// Keyset ("seek") pagination over one table or join, in hand-written SQL so
// that every page is one index range scan: `(sort, id) > (cursor)` ordered by
// `(sort, id)` and limited to a page, whatever the page's depth. Never OFFSET.
// The index a sort needs is `(sort column, id)`; PostgreSQL scans it forwards
// or backwards, so one index serves both directions.

export type SortColumn<Row> = {
  /** The SQL expression sorted on, e.g. Prisma.sql`u.name`. */
  column: Prisma.Sql;
  codec: KeyCodec;
  value: (row: Row) => KeyValue;
};

export type KeysetSource<Row, Sort extends string> = {
  /** The FROM clause, joins included. */
  from: Prisma.Sql;
  /** The explicit select list; its aliases are what `map` reads. */
  select: Prisma.Sql;
  /** The unique column that breaks ties. */
  id: SortColumn<Row>;
  sorts: Record<Sort, SortColumn<Row>>;
  map: (raw: Record<string, unknown>) => Row;
};

export type KeysetQuery<Sort extends string> = {
  where: Prisma.Sql;
  sort: Sort;
  direction: SortDirection;
};

/** A WHERE clause from conditions joined with AND (true when there are none). */
export function whereAll(conditions: readonly (Prisma.Sql | null | undefined | false)[]): Prisma.Sql {
  const present = conditions.filter((c): c is Prisma.Sql => c instanceof Prisma.Sql);
  return present.length === 0 ? Prisma.sql`true` : Prisma.join(present, " and ");
}

/** `%text%` for LIKE, with the pattern characters of the user's text escaped. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const flip = (direction: SortDirection): SortDirection => (direction === "asc" ? "desc" : "asc");

/**
 * The SQL of one keyset read: rows of `source` matching `where`, ordered by
 * the sort and id in `direction`, strictly past `seek` when given.
 */
export function keysetSql<Row, Sort extends string>(
  source: KeysetSource<Row, Sort>,
  query: KeysetQuery<Sort>,
  options: { seek?: readonly [KeyValue, KeyValue]; limit: number },
): Prisma.Sql {
  const sort = source.sorts[query.sort];
  const order = Prisma.raw(query.direction);
  const seek = options.seek
    ? Prisma.sql`and (${sort.column}, ${source.id.column}) ${Prisma.raw(query.direction === "asc" ? ">" : "<")} (${options.seek[0]}, ${options.seek[1]})`
    : Prisma.empty;
  return Prisma.sql`select ${source.select} from ${source.from} where (${query.where}) ${seek}
    order by ${sort.column} ${order}, ${source.id.column} ${order} limit ${options.limit}`;
}

export type KeysetPage<Row> = {
  rows: Row[];
  /** 1-based from the start; negative when counted from the end (-1 = last) and the total is not known exactly. */
  page: number;
  hasPrevious: boolean;
  hasNext: boolean;
  /** Pages in all, or null when the count stopped at its cap. */
  pageCount: number | null;
  /** Cursors of the first and last row on this page, for the previous and next links. */
  firstCursor: string | null;
  lastCursor: string | null;
};

export type ListCount = { count: number; capped: boolean };

/** Above this many rows the count stops and the list says "more than". */
export const COUNT_CAP = 10_000;

/** Rows the filters select, counted up to COUNT_CAP + 1 so a huge table stays cheap. */
export async function countCapped(db: PrismaClient, from: Prisma.Sql, where: Prisma.Sql): Promise<ListCount> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    select count(*)::int as n from (select 1 from ${from} where ${where} limit ${COUNT_CAP + 1}) as capped`;
  const n = row?.n ?? 0;
  return n > COUNT_CAP ? { count: COUNT_CAP, capped: true } : { count: n, capped: false };
}

export function pageCountOf(count: ListCount, pageSize: number): number | null {
  return count.capped ? null : Math.max(1, Math.ceil(count.count / pageSize));
}

/**
 * One page of a list at `position` (with the count running beside it): the first page, the page after or before
 * a cursor, or the last page (the sort reversed, the tail taken). The last
 * page holds what is left after the full pages when the total is known, so
 * its previous pages line up with the ones reached from the start.
 */
export async function readKeysetPage<Row, Sort extends string>(
  db: PrismaClient,
  source: KeysetSource<Row, Sort>,
  query: KeysetQuery<Sort>,
  position: ListPosition,
  pageSize: number,
  counting: Promise<ListCount>,
): Promise<KeysetPage<Row>> {
  counting.catch(() => undefined); // its failure is reported where it is awaited
  const sort = source.sorts[query.sort];
  const codecs = [sort.codec, source.id.codec] as const;
  const after = position.after ? decodeCursor(position.after, codecs) : undefined;
  const before = !after && position.before ? decodeCursor(position.before, codecs) : undefined;
  const mode = after ? "after" : before ? "before" : position.last ? "last" : "first";
  const forwards = mode === "first" || mode === "after";
  // Only the last page waits for the count; other pages read while it runs.
  const lastCount = mode === "last" ? await counting : null;
  const lastPages = lastCount ? pageCountOf(lastCount, pageSize) : null;
  const take = lastCount && lastPages !== null ? lastCount.count - (lastPages - 1) * pageSize || pageSize : pageSize;
  const sql = keysetSql(source, { ...query, direction: forwards ? query.direction : flip(query.direction) }, {
    seek: after ?? before,
    limit: take + 1,
  });
  const raw = await db.$queryRaw<Record<string, unknown>[]>(sql);
  const more = raw.length > take;
  const rows = raw.slice(0, take).map(source.map);
  if (!forwards) rows.reverse();
  const pages = pageCountOf(await counting, pageSize);

  const hasPrevious = forwards ? mode === "after" : more;
  const hasNext = forwards ? more : mode === "before";
  let page = mode === "first" ? 1 : mode === "last" ? (pages ?? -1) : position.page;
  if (!hasPrevious) page = 1;
  else if (page < 0 && pages !== null) page = pages + 1 + page;
  else if (page === 1) page = 2; // a cursor past the first row cannot be on page 1
  const cursorOf = (row: Row | undefined) => (row ? encodeCursor([sort.value(row), source.id.value(row)], codecs) : null);
  return { rows, page, pageCount: pages, hasPrevious, hasNext, firstCursor: cursorOf(rows[0]), lastCursor: cursorOf(rows[rows.length - 1]) };
}

/**
 * Every row the query selects, in order, as batches read one keyset page at
 * a time: memory holds one batch, whatever the total.
 */
export async function* keysetBatches<Row, Sort extends string>(
  db: PrismaClient,
  source: KeysetSource<Row, Sort>,
  query: KeysetQuery<Sort>,
  batchSize = 1000,
): AsyncGenerator<Row[]> {
  const sort = source.sorts[query.sort];
  let seek: readonly [KeyValue, KeyValue] | undefined;
  for (;;) {
    const raw = await db.$queryRaw<Record<string, unknown>[]>(keysetSql(source, query, { seek, limit: batchSize }));
    if (raw.length === 0) return;
    const rows = raw.map(source.map);
    yield rows;
    if (raw.length < batchSize) return;
    const last = rows[rows.length - 1]!;
    seek = [sort.value(last), source.id.value(last)];
  }
}

/** One page of a list and, beside it, the capped count of what the filters select. */
export async function readListPage<Row, Sort extends string>(
  db: PrismaClient,
  source: KeysetSource<Row, Sort>,
  query: KeysetQuery<Sort>,
  position: ListPosition,
  pageSize: number,
): Promise<KeysetPage<Row> & { count: ListCount }> {
  const counting = countCapped(db, source.from, query.where);
  const page = await readKeysetPage(db, source, query, position, pageSize, counting);
  return { ...page, count: await counting };
}

/** `count(*) filter (where column = value)` for each value of an enum: the per-value totals of a list. */
export function countsPerValue<Value extends string>(column: Prisma.Sql, values: readonly Value[], enumType: string): Record<Value, Prisma.Sql> {
  return Object.fromEntries(values.map((value) => [value, Prisma.sql`count(*) filter (where ${column} = ${value}::${Prisma.raw(enumType)})`])) as Record<Value, Prisma.Sql>;
}

/**
 * Named aggregates (count, sum…) over everything the filters select, in one
 * SQL statement: the totals row of a list, never a sum of the visible page.
 * Results arrive as bigint (counts and sums of money are exact).
 */
export async function sqlTotals<Key extends string>(
  db: PrismaClient,
  from: Prisma.Sql,
  where: Prisma.Sql,
  aggregates: Record<Key, Prisma.Sql>,
): Promise<Record<Key, bigint>> {
  const keys = Object.keys(aggregates) as Key[];
  const columns = keys.map((key, index) => Prisma.sql`(${aggregates[key]})::bigint as ${Prisma.raw(`t${index}`)}`);
  const [row] = await db.$queryRaw<Record<string, bigint | null>[]>`select ${Prisma.join(columns)} from ${from} where ${where}`;
  return Object.fromEntries(keys.map((key, index) => [key, BigInt(row?.[`t${index}`] ?? 0)])) as Record<Key, bigint>;
}
