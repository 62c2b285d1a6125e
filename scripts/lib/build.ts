// Builds the Next.js app only when its sources changed since the last build,
// so a second `npm start` is ready in seconds.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { StartupError } from "./fail";

const ROOT = process.cwd();
const INPUT_DIRS = ["app", "components", "lib", "public", "messages"];
const INPUT_FILES = ["next.config.mjs", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "proxy.ts", "prisma/schema.prisma"];
const SKIP = new Set(["generated", "node_modules", ".next"]);
const STAMP = join(ROOT, ".next", "danvan-build-hash");

function* walk(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

export function sourceHash(): string {
  const hash = createHash("sha256");
  const files = [...INPUT_DIRS.flatMap((dir) => [...walk(join(ROOT, dir))]), ...INPUT_FILES.map((f) => join(ROOT, f))]
    .filter((file) => existsSync(file) && statSync(file).isFile())
    .sort();
  for (const file of files) hash.update(relative(ROOT, file)).update("\0").update(readFileSync(file)).update("\0");
  return hash.digest("hex");
}

export function buildIsCurrent(): boolean {
  return existsSync(join(ROOT, ".next", "BUILD_ID")) && existsSync(STAMP) && readFileSync(STAMP, "utf8") === sourceHash();
}

export function nextBin(): string {
  return join(ROOT, "node_modules", "next", "dist", "bin", "next");
}

export async function buildIfNeeded(log: (line: string) => void = console.log): Promise<void> {
  if (buildIsCurrent()) return;
  const hash = sourceHash();
  log("Building the portal (first start or changed sources)…");
  const code = await new Promise<number | null>((done) => {
    const child = spawn(process.execPath, [nextBin(), "build"], {
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    });
    child.on("exit", done);
  });
  if (code !== 0) throw new StartupError(`next build failed (exit ${code}): see the output above`);
  writeFileSync(STAMP, hash);
}
