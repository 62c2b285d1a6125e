// The session → viewer step itself, against the real database: only the
// next-auth cookie decoding and the request headers are stood in for.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getViewer, requireViewer } from "@/lib/auth/viewer";
import { makeTree, outcome, testDb, type Users } from "./support/fixtures";

const state = vi.hoisted(() => ({ session: null as null | { user: Record<string, unknown> } }));
vi.mock("next-auth", () => ({ getServerSession: async () => state.session }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-pathname": "/co-quan/abc?x=1" }), cookies: async () => new Map() }));

const db = testDb();
let users: Users;

beforeAll(async () => {
  ({ users } = await makeTree(db));
});
afterAll(() => db.$disconnect());

async function sessionOf(userId: string, sessionId = randomUUID()) {
  const { sessionEpoch } = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionEpoch: true } });
  state.session = { user: { id: userId, epoch: sessionEpoch, sessionId } };
}

describe("requireViewer", () => {
  it("turns a valid session into the viewer, with role and committee from the database", async () => {
    await sessionOf(users.leader.id);
    expect(await requireViewer()).toEqual(users.leader);
  });

  it("sends a visitor without a session to sign in, and back afterwards", async () => {
    state.session = null;
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
});
