import { ConfigError } from "@/lib/env";

// Operator-facing errors: one clear line and a non-zero exit, never a stack trace.
export class StartupError extends Error {}

export function exitOnStartupError(error: unknown): never {
  const known = error instanceof StartupError || error instanceof ConfigError;
  const message = error instanceof Error ? error.message : String(error);
  console.error(`✖ ${known ? message : `Unexpected error: ${message}`}`);
  if (!known && process.env.DEBUG) console.error(error);
  process.exit(1);
}
