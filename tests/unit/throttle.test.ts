import { describe, expect, it } from "vitest";
import { isLocked, SIGN_IN_LIMITS, WINDOW_MS } from "@/lib/auth/throttle";

const minute = 60_000;
const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 8, 0) + minutes * minute);
const newestFirst = (...minutes: number[]) => minutes.map(at).sort((a, b) => b.getTime() - a.getTime());
const limit = SIGN_IN_LIMITS.perEmail;

describe("isLocked", () => {
  it("stays open below the limit", () => {
    expect(isLocked(newestFirst(0, 1, 2, 3), limit, at(4))).toBe(false);
  });

  it("locks at the limit within the window, for one window after the last failure", () => {
    const failures = newestFirst(0, 1, 2, 3, 14);
    expect(isLocked(failures, limit, at(14))).toBe(true);
    // A sliding count would reopen at minute 15; the lock lasts until 14 + 15.
    expect(isLocked(failures, limit, at(15))).toBe(true);
    expect(isLocked(failures, limit, at(28.9))).toBe(true);
    expect(isLocked(failures, limit, at(29))).toBe(false);
  });

  it("does not lock failures spread wider than the window", () => {
    expect(isLocked(newestFirst(0, 5, 10, 15, 16), limit, at(16))).toBe(false);
  });

  it("uses the 15-minute window", () => {
    expect(WINDOW_MS).toBe(15 * minute);
  });
});
