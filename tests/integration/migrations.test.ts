// Migrations applied to an empty database build exactly what schema.prisma
// describes: we build one database from the migrations and one from the
// schema itself, then compare their catalogs.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { StartupError } from "@/scripts/lib/fail";
import { migrate, readMigrations } from "@/scripts/lib/migrations";
import { diffSql } from "@/scripts/lib/schema-engine";
import { currentSchema, migratedSchema } from "@/scripts/lib/schema-snapshot";
import { createTestDatabase } from "@/tests/support/test-database";

const CATALOG = `
  select 'column' as kind, table_name || '.' || column_name || ' ' || data_type || ' ' || udt_name || ' null=' || is_nullable || ' default=' || coalesce(column_default, '') as item
    from information_schema.columns where table_schema = 'public' and table_name <> '_prisma_migrations'
  union all
  select 'index', indexname || ': ' || indexdef from pg_indexes where schemaname = 'public' and tablename <> '_prisma_migrations'
  union all
  select 'constraint', conrelid::regclass::text || '.' || conname || ': ' || pg_get_constraintdef(oid)
    from pg_constraint where connamespace = 'public'::regnamespace and conrelid::regclass::text <> '_prisma_migrations'
  union all
  select 'enum', t.typname || '.' || e.enumlabel || '#' || e.enumsortorder
    from pg_type t join pg_enum e on e.enumtypid = t.oid join pg_namespace n on n.oid = t.typnamespace where n.nspname = 'public'
  order by 1, 2`;

async function catalog(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ kind: string; item: string }>(CATALOG)).rows.map((row) => `${row.kind} ${row.item}`);
  } finally {
    await client.end();
  }
}

describe("migrations", () => {
  it("are recorded in _prisma_migrations as Prisma records them", async () => {
    const client = new pg.Client({ connectionString: inject("databaseUrl") });
    await client.connect();
    const { rows } = await client.query(
      `select migration_name, checksum, applied_steps_count, finished_at from "_prisma_migrations" order by migration_name`,
    );
    await client.end();
    const expected = readMigrations();
    expect(rows.map((row) => [row.migration_name, row.checksum, row.applied_steps_count])).toEqual(
      expected.map((m) => [m.name, m.checksum, 1]),
    );
    expect(rows.every((row) => row.finished_at instanceof Date)).toBe(true);
  });

  it("leave no change in schema.prisma unmigrated", async () => {
    expect(await diffSql(inject("databaseUrl"), migratedSchema(), currentSchema())).toBe("");
  });

  it("build the same database as schema.prisma (no drift)", async () => {
    const fromSchema = await createTestDatabase("drift");
    try {
      const client = new pg.Client({ connectionString: fromSchema.url });
      await client.connect();
      // Start from nothing, then apply the schema directly.
      await client.query(`drop schema public cascade; create schema public;`);
      await client.query(await diffSql(inject("databaseUrl"), { tag: "empty" }, currentSchema()));
      await client.end();
      const fromMigrations = await catalog(inject("databaseUrl"));
      expect(fromMigrations.length).toBeGreaterThan(100);
      expect(await catalog(fromSchema.url)).toEqual(fromMigrations);
    } finally {
      await fromSchema.drop();
    }
  });
});

describe("a failed migration", () => {
  it("is rolled back whole and leaves the database as it was", async () => {
    const dir = mkdtempSync(join(tmpdir(), "migrations-"));
    const write = (name: string, sql: string) => {
      mkdirSync(join(dir, name));
      writeFileSync(join(dir, name, "migration.sql"), sql);
    };
    write("20200101000000_first", `create table "first_table" (id int primary key);`);
    write("20200102000000_broken", `create table "second_table" (id int primary key);\ninsert into "no_such_table" values (1);`);
    const database = await createTestDatabase("failed");
    try {
      await expect(migrate(database.url, { dir })).rejects.toThrow(StartupError);
      await expect(migrate(database.url, { dir })).rejects.toThrow(/20200102000000_broken failed and was rolled back/);
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      const tables = await client.query<{ name: string }>(
        `select table_name as name from information_schema.tables where table_schema = 'public' and table_name in ('first_table', 'second_table')`,
      );
      const recorded = await client.query<{ migration_name: string }>(`select migration_name from "_prisma_migrations" where migration_name like '2020%'`);
      await client.end();
      expect(tables.rows.map((r) => r.name)).toEqual(["first_table"]);
      expect(recorded.rows.map((r) => r.migration_name)).toEqual(["20200101000000_first"]);
    } finally {
      await database.drop();
    }
  });
});
