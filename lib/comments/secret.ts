import "server-only";
import { createHmac } from "node:crypto";
import { ConfigError, readEnv } from "@/lib/env";

/**
 * The key that signs comment forms and hashes client addresses: derived from
 * NEXTAUTH_SECRET (the same on every server, so any server checks what
 * another signed), never the secret itself.
 */
export function commentSecret(): Buffer {
  const secret = readEnv().NEXTAUTH_SECRET;
  if (!secret) throw new ConfigError("NEXTAUTH_SECRET is not set: comment forms cannot be signed");
  return createHmac("sha256", secret).update("article-comments").digest();
}
