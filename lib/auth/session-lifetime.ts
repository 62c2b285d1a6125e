// How long a session lives, and the pure checks on a session token. The
// database half of the check (revoked, disabled, epoch moved on) is
// loadActiveViewer in lib/data/users.ts; the jwt callback runs both.

/** A session ends 8 hours after sign-in, however often it is used (one working day). */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** The fields a live session token carries, as set at sign-in. */
export type SessionClaims = { uid: string; sid: string; epoch: number; authTime: number };

/** The token's claims when it is well formed and younger than its absolute lifetime, else null. */
export function liveSessionClaims(token: Record<string, unknown>, nowSeconds = Math.floor(Date.now() / 1000)): SessionClaims | null {
  const { uid, sid, epoch, authTime } = token;
  if (typeof uid !== "string" || typeof sid !== "string" || typeof epoch !== "number" || typeof authTime !== "number") return null;
  if (authTime > nowSeconds + 60 || nowSeconds - authTime >= SESSION_MAX_AGE_SECONDS) return null;
  return { uid, sid, epoch, authTime };
}

/** When a session signed in at `authTime` (seconds) ends for good. */
export function sessionEndsAt(authTime: number): Date {
  return new Date((authTime + SESSION_MAX_AGE_SECONDS) * 1000);
}

/** Thrown from the jwt callback: next-auth then answers with no session and clears the cookie. */
export class SessionEndedError extends Error {
  constructor() {
    super("session ended");
    this.name = "SessionEndedError";
  }
}
