import type { z } from "zod";
import { envSchema } from "@/lib/validation/env";

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {}

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // `DATABASE_URL= npm start` means "not set", as in most shells' habits.
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const parsed = envSchema.safeParse(present);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new ConfigError(`${issue?.path.join(".")} ${issue?.message}`);
}
