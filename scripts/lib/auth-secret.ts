// next-auth signs sessions with NEXTAUTH_SECRET. Every server behind a load
// balancer needs the same one, so a deployment with its own DATABASE_URL must
// set it; the single-machine demo keeps a generated one under DATA_DIR.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Env } from "@/lib/env";
import { prepareDataDir } from "./data-dir";
import { StartupError } from "./fail";

export function resolveAuthSecret(env: Env): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  if (env.DATABASE_URL) {
    throw new StartupError("NEXTAUTH_SECRET is not set: with DATABASE_URL set, give every server the same secret of at least 32 characters.");
  }
  const file = join(prepareDataDir(env.DATA_DIR), "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
