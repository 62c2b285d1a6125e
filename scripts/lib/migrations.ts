// Applies prisma/migrations offline and records them in `_prisma_migrations`
// exactly as Prisma does (same columns, sha256 checksums), so that
// `prisma migrate deploy` on a connected machine sees the same history.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { StartupError } from "./fail";

export const MIGRATIONS_DIR = join(process.cwd(), "prisma", "migrations");

// Prisma's own advisory lock key, so our runner and Prisma's exclude each other.
const PRISMA_LOCK_KEY = 72707369;

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export type Migration = { name: string; sql: string; checksum: string };

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(dir, name, "migration.sql"));
      return { name, sql: bytes.toString("utf8"), checksum: createHash("sha256").update(bytes).digest("hex") };
    });
}

type Applied = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

/** Applies pending migrations, each in its own transaction. Returns the names applied. */
export async function migrate(url: string, options: { log?: (line: string) => void; dir?: string } = {}): Promise<string[]> {
  const log = options.log ?? (() => {});
  const migrations = readMigrations(options.dir);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const done: string[] = [];
  try {
    await client.query("select pg_advisory_lock($1)", [PRISMA_LOCK_KEY]);
    await client.query(CREATE_TABLE);
    const { rows } = await client.query<Applied>(
      `select migration_name, checksum, finished_at, rolled_back_at from "_prisma_migrations"`,
    );
    const failed = rows.find((row) => row.finished_at === null && row.rolled_back_at === null);
    if (failed) {
      throw new StartupError(`Migration ${failed.migration_name} is recorded as failed: resolve it before migrating again.`);
    }
    const applied = new Map(rows.filter((row) => row.finished_at).map((row) => [row.migration_name, row]));
    for (const migration of migrations) {
      const previous = applied.get(migration.name);
      if (previous) {
        if (previous.checksum !== migration.checksum) log(`warning: ${migration.name} was edited after it was applied`);
        continue;
      }
      const id = randomUUID();
      await client.query("begin");
      try {
        await client.query(
          `insert into "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) values ($1, $2, $3, now(), 0)`,
          [id, migration.checksum, migration.name],
        );
        await client.query(migration.sql);
        await client.query(
          `update "_prisma_migrations" set finished_at = now(), applied_steps_count = 1 where id = $1`,
          [id],
        );
        await client.query("commit");
      } catch (error) {
        await client.query("rollback");
        throw new StartupError(`Migration ${migration.name} failed and was rolled back, the database is unchanged: ${(error as Error).message}`);
      }
      log(`applied migration ${migration.name}`);
      done.push(migration.name);
    }
  } finally {
    await client.query("select pg_advisory_unlock($1)", [PRISMA_LOCK_KEY]).catch(() => {});
    await client.end();
  }
  return done;
}
