// Migrations applied to an empty database build exactly what schema.prisma
// describes plus the hand-written SQL listed in prisma/hand-written-sql.ts:
// we build one database from the migrations and one from the schema itself,
// then compare their catalogs.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { StartupError } from "@/scripts/lib/fail";
import { migrate, MIGRATIONS_DIR, readMigrations } from "@/scripts/lib/migrations";
import { diffSql } from "@/scripts/lib/schema-engine";
import { HAND_WRITTEN_SQL } from "@/prisma/hand-written-sql";
import { catalogLine, compareCatalogs, readCatalog } from "@/scripts/lib/schema-catalog";
import { currentSchema, migratedSchema } from "@/scripts/lib/schema-snapshot";
import { createTestDatabase } from "@/tests/support/test-database";

/** A database built from schema.prisma alone, with no migration. */
async function schemaDatabase() {
  const database = await createTestDatabase("drift");
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query(`drop schema public cascade; create schema public;`);
    await client.query(await diffSql(inject("databaseUrl"), { tag: "empty" }, currentSchema()));
  } finally {
    await client.end();
  }
  return database;
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

  it("build the same database as schema.prisma plus the listed hand-written SQL (no drift)", async () => {
    const fromSchema = await schemaDatabase();
    try {
      const migrated = await readCatalog(inject("databaseUrl"));
      expect(migrated.length).toBeGreaterThan(100);
      expect(compareCatalogs(migrated, await readCatalog(fromSchema.url), HAND_WRITTEN_SQL)).toEqual({ unplanned: [], missing: [] });
    } finally {
      await fromSchema.drop();
    }
  });

  it("list hand-written objects that exist, in the migrations that create them", () => {
    expect(HAND_WRITTEN_SQL.some((object) => object.kind === "constraint" && object.definition.startsWith("CHECK"))).toBe(true);
    const migrations = new Map(readMigrations().map((m) => [m.name, m.sql]));
    for (const object of HAND_WRITTEN_SQL) {
      const sql = migrations.get(object.migration);
      expect(sql, `${catalogLine(object)}: migration ${object.migration}`).toBeDefined();
      const name = "name" in object ? object.name : "column" in object ? object.column : object.signature.split("(")[0]!;
      expect(sql, catalogLine(object)).toContain(`"${name}"`);
    }
  });

  it("report an object a migration adds without listing it, and a listed one no migration builds", async () => {
    // The migrations as they are, plus one that adds a CHECK nobody listed.
    const dir = mkdtempSync(join(tmpdir(), "migrations-"));
    for (const migration of readMigrations()) {
      mkdirSync(join(dir, migration.name));
      writeFileSync(join(dir, migration.name, "migration.sql"), migration.sql);
    }
    mkdirSync(join(dir, "29991231000000_unlisted_check"));
    writeFileSync(join(dir, "29991231000000_unlisted_check", "migration.sql"), `alter table "users" add constraint "users_name_not_blank" check (name <> '');`);
    const extra = await createTestDatabase("drift_extra", { dir });
    const fromSchema = await schemaDatabase();
    try {
      const migrated = await readCatalog(extra.url);
      const drift = compareCatalogs(migrated, await readCatalog(fromSchema.url), HAND_WRITTEN_SQL);
      expect(drift).toEqual({ unplanned: [`constraint users.users_name_not_blank: CHECK ((name <> ''::text))`], missing: [] });
      const unbuilt = { kind: "constraint", table: "users", name: "users_email_lower_case", definition: "CHECK ((email = lower(email)))", migration: "x" } as const;
      expect(compareCatalogs(migrated, await readCatalog(fromSchema.url), [...HAND_WRITTEN_SQL, unbuilt]).missing).toEqual([catalogLine(unbuilt)]);
    } finally {
      await extra.drop();
      await fromSchema.drop();
    }
  });

  it("take schema.prisma's state from the latest migration that has a snapshot; an unlisted one without a snapshot is refused", () => {
    expect(migratedSchema()).toEqual(migratedSchema(MIGRATIONS_DIR));
    const dir = mkdtempSync(join(tmpdir(), "migrations-"));
    mkdirSync(join(dir, "29991231000000_mystery"));
    writeFileSync(join(dir, "29991231000000_mystery", "migration.sql"), "select 1;");
    expect(() => migratedSchema(dir)).toThrow(/29991231000000_mystery has no schema.prisma snapshot and is not listed/);
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
