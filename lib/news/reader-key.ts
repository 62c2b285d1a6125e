import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { isHttps } from "@/lib/security-headers";

// A reader without an account is known to the portal only as "this browser":
// a random cookie, of which the database keeps only the SHA-256 (so a leaked
// table names no browser either). It lets a browser rate an article once.

const READER_COOKIE = "doc_gia";
const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;
/** 32 random bytes in base64url. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

const keyOf = (token: string) => createHash("sha256").update(token).digest("hex");

/** This browser's key, or null when it has none yet (or a malformed one). */
export async function readerKey(): Promise<string | null> {
  const token = (await cookies()).get(READER_COOKIE)?.value;
  return token && TOKEN.test(token) ? keyOf(token) : null;
}

/** This browser's key, giving it one first when it has none (server actions only: they may set cookies). */
export async function ensureReaderKey(): Promise<string> {
  const existing = await readerKey();
  if (existing) return existing;
  const token = randomBytes(32).toString("base64url");
  (await cookies()).set(READER_COOKIE, token, { path: "/", maxAge: ONE_YEAR_SECONDS, sameSite: "lax", httpOnly: true, secure: isHttps() });
  return keyOf(token);
}
