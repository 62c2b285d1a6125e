// Direct access to the e2e server's database, for tests that must arrange
// what no page can (a backdated session, a disabled account, more audit
// events than the seed has) or check what no page shows. tests/e2e/serve.ts
// writes the URL when it starts.
import { readFileSync } from "node:fs";
import pg from "pg";

/** The e2e server's NEXTAUTH_SECRET: tests forge session tokens with it. */
export const E2E_AUTH_SECRET = "e2e-secret-e2e-secret-e2e-secret-0123456789";

const port = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DATABASE_URL_FILE = `${process.env.DATA_DIR ?? ".data"}/e2e-database-url-${port}`;

/** A connected client; the caller ends it. */
export async function e2eDatabase(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: readFileSync(E2E_DATABASE_URL_FILE, "utf8").trim() });
  await client.connect();
  return client;
}

/** Runs one query against the e2e database. */
export async function e2eQuery<Row extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<Row[]> {
  const client = await e2eDatabase();
  try {
    return (await client.query<Row>(sql, values)).rows;
  } finally {
    await client.end();
  }
}
