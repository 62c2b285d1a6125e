// Sign-in against the real database: throttling, disabled users, and
// sessions that end with a password change. (Equal time for unknown emails is
// a timing measurement: tests/bench/sign-in-timing.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { SIGN_IN_LIMITS } from "@/lib/auth/throttle";
import { authenticate, recordSignOut } from "@/lib/data/sign-in";
import { loadActiveViewer } from "@/lib/data/users";
import { makeTree, PASSWORD, testDb, type Users } from "./support/fixtures";

const db = testDb();
let users: Users;

beforeAll(async () => {
  ({ users } = await makeTree(db));
});
afterAll(() => db.$disconnect());

const ip = () => `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

describe("authenticate", () => {
  it("signs in with the right password, case-insensitively on the email, and audits it", async () => {
    const outcome = await authenticate({ email: users.staff.email.toUpperCase(), password: PASSWORD, ip: ip() });
    expect(outcome).toMatchObject({ ok: true, viewer: { id: users.staff.id, role: "STAFF" } });
    expect(await db.auditEvent.count({ where: { action: "sign_in", entityId: users.staff.id } })).toBeGreaterThan(0);
  });

  it("refuses a wrong password and audits the failure", async () => {
    expect(await authenticate({ email: users.leader.email, password: "sai-mat-khau", ip: ip() })).toEqual({ ok: false, reason: "invalid" });
    expect(await db.auditEvent.count({ where: { action: "sign_in_failed", entityId: users.leader.id } })).toBe(1);
  });

  it(`locks an email after ${SIGN_IN_LIMITS.perEmail} failures, even with the right password`, async () => {
    const email = users.editor.email;
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail; i++) {
      expect(await authenticate({ email, password: `sai-${i}`, ip: ip() })).toMatchObject({ ok: false, reason: "invalid" });
    }
    expect(await authenticate({ email, password: PASSWORD, ip: ip() })).toEqual({ ok: false, reason: "throttled" });
    // The window passing frees the account.
    await db.signInAttempt.updateMany({ where: { email }, data: { at: new Date(Date.now() - (SIGN_IN_LIMITS.windowMinutes + 1) * 60_000) } });
    expect(await authenticate({ email, password: PASSWORD, ip: ip() })).toMatchObject({ ok: true });
  });

  it("lets no more than the limit of parallel guesses through", async () => {
    const email = users.childStaff.email;
    await db.signInAttempt.deleteMany({ where: { email } });
    const outcomes = await Promise.all(Array.from({ length: 20 }, (_, i) => authenticate({ email, password: `doan-${i}`, ip: ip() })));
    expect(outcomes.filter((o) => !o.ok && o.reason === "invalid")).toHaveLength(SIGN_IN_LIMITS.perEmail);
    expect(outcomes.filter((o) => !o.ok && o.reason === "throttled")).toHaveLength(20 - SIGN_IN_LIMITS.perEmail);
    await db.signInAttempt.deleteMany({ where: { email } });
  });

  it("a success clears the earlier failures of an email", async () => {
    const email = users.leader.email;
    await db.signInAttempt.deleteMany({ where: { email } });
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail - 1; i++) await authenticate({ email, password: `sai-${i}`, ip: ip() });
    expect(await authenticate({ email, password: PASSWORD, ip: ip() })).toMatchObject({ ok: true });
    expect(await authenticate({ email, password: "sai-nua", ip: ip() })).toMatchObject({ reason: "invalid" });
    expect(await authenticate({ email, password: PASSWORD, ip: ip() })).toMatchObject({ ok: true });
  });

  it(`locks an address after ${SIGN_IN_LIMITS.perIp} failures across emails`, async () => {
    const address = ip();
    await db.signInAttempt.createMany({
      data: Array.from({ length: SIGN_IN_LIMITS.perIp }, (_, i) => ({ email: `khach-${i}@test.vn`, ip: address, succeeded: false })),
    });
    expect(await authenticate({ email: users.admin.email, password: PASSWORD, ip: address })).toEqual({ ok: false, reason: "throttled" });
    expect(await authenticate({ email: users.admin.email, password: PASSWORD, ip: ip() })).toMatchObject({ ok: true });
  });

  it("refuses a disabled user as it refuses a wrong password, and audits why", async () => {
    await db.user.update({ where: { id: users.childStaff.id }, data: { disabledAt: new Date() } });
    expect(await authenticate({ email: users.childStaff.email, password: "sai-mat-khau", ip: ip() })).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate({ email: users.childStaff.email, password: PASSWORD, ip: ip() })).toEqual({ ok: false, reason: "invalid" });
    const last = await db.auditEvent.findFirstOrThrow({ where: { entityId: users.childStaff.id, action: "sign_in_failed" }, orderBy: { id: "desc" } });
    expect(last.after).toMatchObject({ reason: "disabled" });
    await db.user.update({ where: { id: users.childStaff.id }, data: { disabledAt: null } });
  });
});

describe("loadActiveViewer", () => {
  it("ends a session when the user is disabled or the session epoch moved on", async () => {
    const { id } = users.staff;
    const sid = randomUUID();
    const { sessionEpoch } = await db.user.findUniqueOrThrow({ where: { id }, select: { sessionEpoch: true } });
    expect(await loadActiveViewer(id, sessionEpoch, sid)).toMatchObject({ id, role: "STAFF" });
    await db.user.update({ where: { id }, data: { sessionEpoch: { increment: 1 } } });
    expect(await loadActiveViewer(id, sessionEpoch, sid)).toBeNull();
    expect(await loadActiveViewer(id, sessionEpoch + 1, sid)).not.toBeNull();
    await db.user.update({ where: { id }, data: { disabledAt: new Date() } });
    expect(await loadActiveViewer(id, sessionEpoch + 1, sid)).toBeNull();
    await db.user.update({ where: { id }, data: { disabledAt: null } });
  });

  it("ends exactly the session that signed out", async () => {
    const { id, email } = users.staff;
    const { sessionEpoch } = await db.user.findUniqueOrThrow({ where: { id }, select: { sessionEpoch: true } });
    const [signedOut, other] = [randomUUID(), randomUUID()];
    await recordSignOut({ userId: id, email, sessionId: signedOut, expiresAt: new Date(Date.now() + 3_600_000) });
    expect(await loadActiveViewer(id, sessionEpoch, signedOut)).toBeNull();
    expect(await loadActiveViewer(id, sessionEpoch, other)).not.toBeNull();
    expect(await loadActiveViewer(id, sessionEpoch, null)).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "sign_out", entityId: id } })).toBeGreaterThan(0);
  });
});
