// Bad configuration stops `npm start` with one clear line and a non-zero
// exit, never a stack trace.
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anyFreePort } from "@/scripts/lib/embedded-postgres";

function start(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts"], {
      env: { ...process.env, DATABASE_URL: "", NEXTAUTH_SECRET: "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => done({ code, output: output.trim() }));
  });
}

function expectOneLine(result: { code: number | null; output: string }, pattern: RegExp) {
  expect(result.code).toBe(1);
  const lines = result.output.split("\n").filter((line) => line.startsWith("✖"));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(result.output).not.toMatch(/\n\s+at /); // no stack trace
}

let busy: Server;
let busyPort: number;
let freePort: string;
const scratch = mkdtempSync(join(tmpdir(), "danvan-start-"));

beforeAll(async () => {
  busy = createServer();
  await new Promise<void>((ready) => busy.listen(0, "0.0.0.0", ready));
  busyPort = (busy.address() as { port: number }).port;
  freePort = String(await anyFreePort());
});
afterAll(() => new Promise<void>((done) => busy.close(() => done())));

describe("npm start with bad configuration", () => {
  it("names a web port that is in use", async () => {
    expectOneLine(await start({ PORT: String(busyPort), DATA_DIR: join(scratch, "a") }), new RegExp(`Port ${busyPort} is in use`));
  });

  it("names an embedded PostgreSQL port that is in use", async () => {
    expectOneLine(await start({ PORT: freePort, EMBEDDED_PG_PORT: String(busyPort), DATA_DIR: join(scratch, "b") }), new RegExp(`Port ${busyPort} is in use, so the embedded PostgreSQL cannot start`));
  });

  it("names an unreachable DATABASE_URL", async () => {
    const result = await start({ PORT: freePort, DATABASE_URL: "postgresql://danvan:x@127.0.0.1:1/danvan", NEXTAUTH_SECRET: "x".repeat(40) });
    expectOneLine(result, /Cannot reach the database at 127\.0\.0\.1:1\/danvan/);
  });

  it("names a data folder that cannot be written", async () => {
    const file = join(scratch, "a-file");
    writeFileSync(file, "");
    expectOneLine(await start({ PORT: freePort, DATA_DIR: join(file, "data") }), /Data folder .* is not writable/);
  });

  it("names a malformed setting", async () => {
    expectOneLine(await start({ PORT: "trois-mille" }), /PORT must be a port number/);
  });
});
