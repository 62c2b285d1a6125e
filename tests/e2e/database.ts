// Direct access to the e2e server's database, for tests that must arrange
// what no page can (a backdated session, a disabled account) or check what
// no page shows. tests/e2e/serve.ts writes the URL when it starts.
import { readFileSync } from "node:fs";
import pg from "pg";

/** The e2e server's NEXTAUTH_SECRET: tests forge session tokens with it. */
export const E2E_AUTH_SECRET = "e2e-secret-e2e-secret-e2e-secret-0123456789";

export function e2eDatabaseUrlFile(port: number | string): string {
  return `.data/e2e-database-url-${port}`;
}

/** Runs one query against the e2e database. */
export async function e2eQuery<Row extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<Row[]> {
  const url = readFileSync(e2eDatabaseUrlFile(process.env.E2E_PORT ?? 3100), "utf8").trim();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(sql, values)).rows;
  } finally {
    await client.end();
  }
}
