// A throwaway database on the test cluster (.data/test-pg), migrated and
// seeded, dropped when the run ends. DATABASE_URL, when set, names the server.
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import pg from "pg";
import { anyFreePort, portIsFree, startEmbeddedPostgres } from "@/scripts/lib/embedded-postgres";
import { migrate } from "@/scripts/lib/migrations";

export const TEST_DATA_DIR = join(process.env.DATA_DIR ?? ".data", "test-pg");
const PREFERRED_PORT = Number(process.env.TEST_PG_PORT ?? 5434);

// Another checkout's tests may hold the usual port: then any free one will do
// (a server already running on our data folder is joined on its own port).
async function testPort(): Promise<number> {
  return (await portIsFree(PREFERRED_PORT)) ? PREFERRED_PORT : anyFreePort();
}

export type TestDatabase = { url: string; name: string; drop(): Promise<void> };

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export type TestDatabaseOptions = {
  /** Migrations to apply (prisma/migrations by default). */
  dir?: string;
  /** Create the database with the C locale (libc), as a plain server's default may be. */
  cLocale?: boolean;
};

export async function createTestDatabase(prefix: string, options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const name = `${prefix}_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const external = process.env.TEST_DATABASE_URL;
  const server = external
    ? undefined
    : await startEmbeddedPostgres({ dataDir: TEST_DATA_DIR, port: await testPort(), log: () => {} });
  const adminUrl = external ?? server!.url("postgres");
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database "${name}"${options.cLocale ? ` locale_provider libc locale 'C' template template0` : ""}`);
  await admin.end();
  const url = withDatabase(adminUrl, name);
  await migrate(url, { dir: options.dir });
  return {
    url,
    name,
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists "${name}" with (force)`);
      await client.end();
      await server?.stop();
    },
  };
}
