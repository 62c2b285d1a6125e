// Keeping bots off the comment form without a third-party service: the form
// carries a token signed by the server when the page was rendered, naming the
// article and the time. A post sooner than a person could type, long after
// the page was opened, for another article, or with a forged token is
// refused; a hidden field people never see (the honeypot, ./honeypot.ts)
// must stay empty.
// Pure (the secret and the clock come in), so the rules are tested alone.
import { createHmac, timingSafeEqual } from "node:crypto";

/** A person needs at least this long to write a comment after the page loads. */
export const COMMENT_MIN_FILL_MS = 3_000;
/** A form left open longer than this is refused: reload the page. */
export const COMMENT_MAX_FORM_AGE_MS = 4 * 60 * 60_000;

export type FormTokenCheck = "ok" | "tooFast" | "expired" | "invalid";

const TOKEN_SHAPE = /^([0-9a-z]{1,12})\.([A-Za-z0-9_-]{43})$/;

function mac(secret: Buffer | string, articleId: string, issuedAt: number): string {
  return createHmac("sha256", secret).update(`comment-form\u0000${articleId}\u0000${issuedAt}`).digest("base64url");
}

/** The token a comment form of this article carries: "<issued at, base 36>.<HMAC>". */
export function issueFormToken(secret: Buffer | string, articleId: string, now: number = Date.now()): string {
  const issuedAt = Math.trunc(now);
  return `${issuedAt.toString(36)}.${mac(secret, articleId, issuedAt)}`;
}

/** Whether a posted token is this server's for this article, and its age plausible for a person. */
export function checkFormToken(secret: Buffer | string, articleId: string, token: string, now: number = Date.now()): FormTokenCheck {
  const match = TOKEN_SHAPE.exec(token);
  if (!match) return "invalid";
  const issuedAt = Number.parseInt(match[1]!, 36);
  const expected = Buffer.from(mac(secret, articleId, issuedAt));
  const given = Buffer.from(match[2]!);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return "invalid";
  const age = now - issuedAt;
  // A token from the future (clock skew between servers) is no older than 0.
  if (age < COMMENT_MIN_FILL_MS) return "tooFast";
  if (age > COMMENT_MAX_FORM_AGE_MS) return "expired";
  return "ok";
}

/**
 * The key a client is rate-limited under: a keyed hash of its address, so the
 * address itself is never stored and cannot be read back without the secret.
 */
export function clientKeyOf(secret: Buffer | string, ip: string): string {
  return createHmac("sha256", secret).update(`comment-client\u0000${ip}`).digest("hex");
}
