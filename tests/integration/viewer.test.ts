// The session → viewer step itself, against the real database: next-auth's
// cookie decoding is stood in for by handing the decoded token to the real
// jwt and session callbacks, as next-auth's session route does.
import { randomUUID } from "node:crypto";
import type { JWT } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { authOptions } from "@/lib/auth/options";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-lifetime";
import { getViewer, requireViewer } from "@/lib/auth/viewer";
import { recordSignOut } from "@/lib/data/sign-in";
import { makeTree, outcome, testDb, type Users } from "./support/fixtures";

const state = vi.hoisted(() => ({ token: null as null | Record<string, unknown>, path: "/co-quan/abc?x=1" }));
vi.mock("next-auth", () => ({
  getServerSession: async (options: typeof authOptions) => {
    if (!state.token) return null;
    try {
      const token = await options.callbacks!.jwt!({ token: state.token as JWT } as never);
      return await options.callbacks!.session!({ session: { expires: "" }, token } as never);
    } catch {
      return null; // next-auth's session route answers {} when the jwt callback throws
    }
  },
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-pathname": state.path }), cookies: async () => new Map() }));

const db = testDb();
let users: Users;

beforeAll(async () => {
  ({ users } = await makeTree(db));
});
afterAll(() => db.$disconnect());

const now = () => Math.floor(Date.now() / 1000);

async function sessionOf(userId: string, { sessionId = randomUUID(), authTime = now() } = {}) {
  const { sessionEpoch } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionEpoch: true } });
  state.token = { uid: userId, epoch: sessionEpoch, sid: sessionId, authTime };
}

describe("requireViewer", () => {
  it("turns a valid session into the viewer, with role and committee from the database", async () => {
    await sessionOf(users.leader.id);
    // The level of their committee comes with it (province leaders keep accounts).
    expect(await requireViewer()).toEqual({ ...users.leader, committeeLevel: "PROVINCE" });
  });

  it("sends a user whose password was reset to change it, from every page but that one", async () => {
    await db.user.update({ where: { id: users.staff.id }, data: { mustChangePassword: true } });
    try {
      await sessionOf(users.staff.id);
      expect(await outcome(() => requireViewer())).toEqual({ kind: "redirect", to: "/tai-khoan/mat-khau?dat_lai=1" });
      state.path = "/tai-khoan/mat-khau?dat_lai=1";
      expect(await requireViewer()).toMatchObject({ id: users.staff.id });
    } finally {
      state.path = "/co-quan/abc?x=1";
      await db.user.update({ where: { id: users.staff.id }, data: { mustChangePassword: false } });
    }
  });

  it("sends a visitor without a session to sign in, and back afterwards", async () => {
    state.token = null;
    expect(await outcome(() => requireViewer())).toEqual({ kind: "redirect", to: `/dang-nhap?callbackUrl=${encodeURIComponent("/co-quan/abc?x=1")}` });
  });

  it("refuses the session of a disabled user at once", async () => {
    await sessionOf(users.editor.id);
    await db.user.update({ where: { id: users.editor.id }, data: { disabledAt: new Date() } });
    expect(await outcome(() => requireViewer())).toMatchObject({ kind: "redirect" });
    await db.user.update({ where: { id: users.editor.id }, data: { disabledAt: null } });
  });

  it("refuses a session older than the last password change", async () => {
    await sessionOf(users.childStaff.id);
    await db.user.update({ where: { id: users.childStaff.id }, data: { sessionEpoch: { increment: 1 } } });
    expect(await getViewer()).toBeNull();
  });

  it("sees a new role at once, without waiting for the token to expire", async () => {
    await sessionOf(users.staff.id);
    await db.user.update({ where: { id: users.staff.id }, data: { role: "LEADER" } });
    expect(await getViewer()).toMatchObject({ role: "LEADER" });
    await db.user.update({ where: { id: users.staff.id }, data: { role: "STAFF" } });
  });

  it("refuses a session signed in longer ago than its lifetime, though nothing revoked it", async () => {
    await sessionOf(users.leader.id, { authTime: now() - SESSION_MAX_AGE_SECONDS - 1 });
    expect(await getViewer()).toBeNull();
    await sessionOf(users.leader.id, { authTime: now() - SESSION_MAX_AGE_SECONDS + 60 });
    expect(await getViewer()).toMatchObject({ id: users.leader.id });
  });

  it("refuses a signed-out session, and a token without a sign-in time", async () => {
    const sessionId = randomUUID();
    await sessionOf(users.staff.id, { sessionId });
    expect(await getViewer()).not.toBeNull();
    await recordSignOut({ userId: users.staff.id, email: users.staff.email, sessionId, expiresAt: new Date(Date.now() + 3_600_000) });
    expect(await getViewer()).toBeNull();
    await sessionOf(users.staff.id);
    delete state.token!.authTime;
    expect(await getViewer()).toBeNull();
  });
});
