// Each migration folder keeps the schema.prisma it was generated from, so the
// next diff starts from exactly what the migrations built (no live database
// introspection, which the wasm engine cannot do on PostgreSQL 18).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { MIGRATIONS_DIR, readMigrations } from "./migrations";
import { schemaFile, type DiffSource } from "./schema-engine";

export const SCHEMA_PATH = join(process.cwd(), "prisma", "schema.prisma");
export const SNAPSHOT_FILE = "schema.prisma";

export function currentSchema(): DiffSource {
  return schemaFile("schema.prisma", readFileSync(SCHEMA_PATH, "utf8"));
}

/** The schema as of the latest migration, or empty before the first one. */
export function migratedSchema(): DiffSource {
  const latest = readMigrations().at(-1);
  if (!latest) return { tag: "empty" };
  const file = join(MIGRATIONS_DIR, latest.name, SNAPSHOT_FILE);
  if (!existsSync(file)) throw new Error(`${latest.name} has no ${SNAPSHOT_FILE} snapshot`);
  return schemaFile("schema.prisma", readFileSync(file, "utf8"));
}
