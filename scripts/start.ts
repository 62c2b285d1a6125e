// npm start: the whole portal on one machine. Starts the embedded PostgreSQL
// (or uses DATABASE_URL), applies migrations, seeds demo data into an empty
// database, builds when sources changed and serves on PORT.
import { spawn, type ChildProcess } from "node:child_process";
import { createPrismaClient } from "@/lib/db";
import { readEnv } from "@/lib/env";
import { isDatabaseEmpty, seedDemo } from "@/prisma/seed";
import { resolveAuthSecret } from "./lib/auth-secret";
import { buildIfNeeded, nextBin } from "./lib/build";
import { openDatabase, type Database } from "./lib/database";
import { portIsFree } from "./lib/embedded-postgres";
import { exitOnStartupError, StartupError } from "./lib/fail";
import { migrate } from "./lib/migrations";

const dev = process.argv.includes("--dev");
let database: Database | undefined;
let web: ChildProcess | undefined;
let stopping = false;

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (web && web.exitCode === null) {
    web.kill("SIGTERM");
    await new Promise((done) => web!.once("exit", done));
  }
  await database?.stop();
  process.exit(code);
}

async function main() {
  const env = readEnv();
  if (!(await portIsFree(env.PORT, "0.0.0.0"))) {
    throw new StartupError(`Port ${env.PORT} is in use: stop what holds it or set PORT to a free port.`);
  }
  const secret = resolveAuthSecret(env);
  database = await openDatabase({ adopt: true });
  await migrate(database.url, { log: console.log });

  const db = createPrismaClient(database.url);
  try {
    if (await isDatabaseEmpty(db)) {
      // The demo accounts' password is in the README: never on a real
      // deployment unless asked for.
      if (database.embedded || env.SEED_DEMO === "1") {
        console.log("Empty database: loading the demo data…");
        await seedDemo(db, console.log);
      } else {
        console.log('Empty database: create the first administrator with npm run db:create-admin -- <email> "<name>"');
      }
    }
  } finally {
    await db.$disconnect();
  }

  if (!dev) await buildIfNeeded();
  const url = env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`;
  if (!database.embedded && !/^https:\/\/|^http:\/\/(localhost|127\.0\.0\.1)[:/]/.test(`${url}/`)) {
    console.warn(`⚠ NEXTAUTH_URL is ${url}: serve the portal over https (NEXTAUTH_URL=https://…) so that cookies are Secure and HSTS is sent.`);
  }
  web = spawn(process.execPath, [nextBin(), dev ? "dev" : "start", "-p", String(env.PORT)], {
    stdio: "inherit",
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: url,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: dev ? "development" : "production",
    },
  });
  web.once("exit", (code) => void shutdown(code ?? 0));
  console.log(`✔ Cổng Dân vận: ${url}`);
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown(0));
main().catch(async (error) => {
  await database?.stop().catch(() => {});
  exitOnStartupError(error);
});
