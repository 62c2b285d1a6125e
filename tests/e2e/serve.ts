// The server Playwright tests against: a fresh seeded database on the test
// cluster and the production build (rebuilt only when sources changed).
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { createPrismaClient } from "@/lib/db";
import { seedDemo } from "@/prisma/seed";
import { buildIfNeeded, nextBin } from "@/scripts/lib/build";
import { exitOnStartupError } from "@/scripts/lib/fail";
import { createTestDatabase } from "@/tests/support/test-database";
import { E2E_AUTH_SECRET, E2E_DATABASE_URL_FILE } from "./database";

const port = Number(process.env.E2E_PORT ?? 3100);

try {
  const database = await createTestDatabase("e2e");
  const db = createPrismaClient(database.url);
  await seedDemo(db, () => {});
  await db.$disconnect();
  mkdirSync(dirname(E2E_DATABASE_URL_FILE), { recursive: true });
  writeFileSync(E2E_DATABASE_URL_FILE, database.url);
  await buildIfNeeded();
  const web = spawn(process.execPath, [nextBin(), "start", "-p", String(port)], {
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: E2E_AUTH_SECRET,
      NEXTAUTH_URL: `http://localhost:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
    },
  });
  const stop = async () => {
    web.kill("SIGTERM");
    await database.drop().catch(() => {});
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  web.on("exit", (code) => void database.drop().finally(() => process.exit(code ?? 0)));
} catch (error) {
  exitOnStartupError(error);
}
