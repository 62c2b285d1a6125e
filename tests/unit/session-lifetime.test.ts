import { describe, expect, it } from "vitest";
import { liveSessionClaims, SESSION_MAX_AGE_SECONDS, sessionEndsAt } from "@/lib/auth/session-lifetime";

const NOW = 1_800_000_000;
const token = (authTime: unknown) => ({ uid: "u1", sid: "s1", epoch: 3, authTime });

describe("liveSessionClaims", () => {
  it("accepts a session until its absolute lifetime from sign-in", () => {
    expect(liveSessionClaims(token(NOW), NOW)).toEqual({ uid: "u1", sid: "s1", epoch: 3, authTime: NOW });
    expect(liveSessionClaims(token(NOW - SESSION_MAX_AGE_SECONDS + 1), NOW)).not.toBeNull();
  });

  it("refuses it from then on, however recently the token was renewed", () => {
    expect(liveSessionClaims(token(NOW - SESSION_MAX_AGE_SECONDS), NOW)).toBeNull();
    expect(liveSessionClaims(token(NOW - 30 * 24 * 3600), NOW)).toBeNull();
  });

  it("refuses tokens without a sign-in time, from the future, or missing a claim", () => {
    expect(liveSessionClaims(token(undefined), NOW)).toBeNull();
    expect(liveSessionClaims(token(String(NOW)), NOW)).toBeNull();
    expect(liveSessionClaims(token(NOW + 3600), NOW)).toBeNull();
    expect(liveSessionClaims({ uid: "u1", epoch: 3, authTime: NOW }, NOW)).toBeNull();
    expect(liveSessionClaims({ sid: "s1", epoch: 3, authTime: NOW }, NOW)).toBeNull();
    expect(liveSessionClaims({ uid: "u1", sid: "s1", authTime: NOW }, NOW)).toBeNull();
  });

  it("keeps a revocation until the session would have ended anyway", () => {
    expect(sessionEndsAt(NOW).getTime()).toBe((NOW + SESSION_MAX_AGE_SECONDS) * 1000);
  });
});
