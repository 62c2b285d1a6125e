// When sign-in attempts are refused: after `limit` failures within the
// window, for one window counted from the last of them. Pure, so the rule can
// be tested without a database or a clock.

export const SIGN_IN_LIMITS = { perEmail: 5, perIp: 30, windowMinutes: 15 } as const;
export const WINDOW_MS = SIGN_IN_LIMITS.windowMinutes * 60_000;

/** `failures` newest first (at most `limit` are needed). */
export function isLocked(failures: readonly Date[], limit: number, now: Date): boolean {
  const newest = failures[0];
  const oldest = failures[limit - 1];
  if (!newest || !oldest) return false;
  return newest.getTime() - oldest.getTime() <= WINDOW_MS && now.getTime() < newest.getTime() + WINDOW_MS;
}
