// The database behind the e2e server (serve.ts writes its URL here), for
// tests that prepare rows directly, e.g. more audit events than the seed has.
import { readFileSync } from "node:fs";
import pg from "pg";

const port = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DATABASE_URL_FILE = `${process.env.DATA_DIR ?? ".data"}/e2e-database-url-${port}`;

export async function e2eDatabase(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: readFileSync(E2E_DATABASE_URL_FILE, "utf8").trim() });
  await client.connect();
  return client;
}
