// Each migration folder keeps the schema.prisma it was generated from, so the
// next diff starts from exactly what the migrations built (no live database
// introspection, which the wasm engine cannot do on PostgreSQL 18).
// Migrations of hand-written SQL only (prisma/hand-written-sql.ts) leave
// schema.prisma as it was and carry no snapshot.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { HAND_WRITTEN_MIGRATIONS } from "@/prisma/hand-written-sql";
import { MIGRATIONS_DIR, readMigrations } from "./migrations";
import { schemaFile, type DiffSource } from "./schema-engine";

export const SCHEMA_PATH = join(process.cwd(), "prisma", "schema.prisma");
export const SNAPSHOT_FILE = "schema.prisma";

export function currentSchema(): DiffSource {
  return schemaFile("schema.prisma", readFileSync(SCHEMA_PATH, "utf8"));
}

/** The schema as of the latest migration made from schema.prisma, or empty before the first one. */
export function migratedSchema(dir = MIGRATIONS_DIR): DiffSource {
  for (const migration of readMigrations(dir).reverse()) {
    const file = join(dir, migration.name, SNAPSHOT_FILE);
    if (existsSync(file)) return schemaFile("schema.prisma", readFileSync(file, "utf8"));
    if (!HAND_WRITTEN_MIGRATIONS.has(migration.name)) {
      throw new Error(`${migration.name} has no ${SNAPSHOT_FILE} snapshot and is not listed in prisma/hand-written-sql.ts`);
    }
  }
  return { tag: "empty" };
}
