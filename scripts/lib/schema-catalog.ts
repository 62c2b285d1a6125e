// What a database's public schema holds, one line per object, in a form that
// compares across databases: the drift test builds one database from the
// migrations and one from schema.prisma and compares these lines, allowing
// for exactly the hand-written objects listed in prisma/hand-written-sql.ts.
import pg from "pg";
import type { HandWrittenObject } from "@/prisma/hand-written-sql";

const CATALOG = `
  select 'column' as kind, table_name || '.' || column_name || ' ' || data_type || ' ' || udt_name || ' null=' || is_nullable || ' default=' || coalesce(column_default, '') as item
    from information_schema.columns where table_schema = 'public' and table_name <> '_prisma_migrations'
  union all
  select 'column collation', table_name || '.' || column_name || ' ' || collation_name
    from information_schema.columns where table_schema = 'public' and table_name <> '_prisma_migrations' and collation_name is not null
  union all
  select 'collation', collname || ' provider=' || case collprovider when 'i' then 'icu' when 'c' then 'libc' else collprovider::text end
    from pg_collation where collnamespace = 'public'::regnamespace
  union all
  select 'index', tablename || '.' || indexname || ': ' || indexdef from pg_indexes where schemaname = 'public' and tablename <> '_prisma_migrations'
  union all
  select 'constraint', conrelid::regclass::text || '.' || conname || ': ' || pg_get_constraintdef(oid)
    from pg_constraint where connamespace = 'public'::regnamespace and conrelid::regclass::text <> '_prisma_migrations'
  union all
  select 'trigger', tgrelid::regclass::text || '.' || tgname || ': ' || pg_get_triggerdef(oid)
    from pg_trigger where not tgisinternal and tgrelid in (select oid from pg_class where relnamespace = 'public'::regnamespace)
  union all
  select 'function', proname || '(' || pg_get_function_identity_arguments(oid) || ')'
    from pg_proc where pronamespace = 'public'::regnamespace
  union all
  -- The label's place among its type's (a value added BEFORE another sorts at 1.5).
  select 'enum', t.typname || '.' || e.enumlabel || '#' || rank() over (partition by t.oid order by e.enumsortorder)
    from pg_type t join pg_enum e on e.enumtypid = t.oid join pg_namespace n on n.oid = t.typnamespace where n.nspname = 'public'
  order by 1, 2`;

/** The catalog lines of a database's public schema, sorted. */
export async function readCatalog(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ kind: string; item: string }>(CATALOG)).rows.map((row) => `${row.kind} ${row.item}`);
  } finally {
    await client.end();
  }
}

/** The catalog line a hand-written object shows up as. */
export function catalogLine(object: HandWrittenObject): string {
  switch (object.kind) {
    case "collation":
      return `collation ${object.name} provider=${object.provider}`;
    case "column collation":
      return `column collation ${object.table}.${object.column} ${object.collation}`;
    case "constraint":
    case "trigger":
      return `${object.kind} ${object.table}.${object.name}: ${object.definition}`;
    case "index":
      return `index ${object.table}.${object.name}: ${object.definition}`;
    case "function":
      return `function ${object.signature}`;
  }
}

export type Drift = {
  /** In the migrated database, in neither schema.prisma nor the hand-written list. */
  unplanned: string[];
  /** Expected (from schema.prisma or the list) but not in the migrated database. */
  missing: string[];
};

/** How the migrated database differs from schema.prisma's plus the hand-written objects. */
export function compareCatalogs(migrated: readonly string[], fromSchema: readonly string[], handWritten: readonly HandWrittenObject[]): Drift {
  const expected = new Set([...fromSchema, ...handWritten.map(catalogLine)]);
  const actual = new Set(migrated);
  return {
    unplanned: migrated.filter((line) => !expected.has(line)),
    missing: [...expected].filter((line) => !actual.has(line)).sort(),
  };
}
