// Which PostgreSQL the scripts use: DATABASE_URL when set, else the embedded one.
import { join } from "node:path";
import pg from "pg";
import { readEnv } from "@/lib/env";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { StartupError } from "./fail";

export const EMBEDDED_DATABASE = "danvan";

export type Database = { url: string; embedded: boolean; stop(): Promise<void> };

function describe(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return "DATABASE_URL";
  }
}

/** Fails with one line when the server cannot be reached or refuses us. */
export async function checkReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query("select 1");
  } catch (error) {
    throw new StartupError(`Cannot reach the database at ${describe(url)}: ${(error as Error).message || (error as NodeJS.ErrnoException).code}`);
  } finally {
    await client.end().catch(() => {});
  }
}

export async function openDatabase(options: { adopt?: boolean; quiet?: boolean } = {}): Promise<Database> {
  const env = readEnv();
  if (env.DATABASE_URL) {
    await checkReachable(env.DATABASE_URL);
    return { url: env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const server = await startEmbeddedPostgres(
    {
      dataDir: join(env.DATA_DIR, "pg"),
      port: env.EMBEDDED_PG_PORT,
      adopt: options.adopt,
      log: options.quiet ? () => {} : undefined,
    },
    [EMBEDDED_DATABASE],
  );
  return { url: server.url(EMBEDDED_DATABASE), embedded: true, stop: () => server.stop() };
}
