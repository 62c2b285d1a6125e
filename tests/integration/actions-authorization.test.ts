// Every server action as every role against the real database: allowed ones
// change the row and leave an audit event; refused ones answer 404 and change
// nothing.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { Viewer } from "@/lib/auth/policy";
import { updateCommitteeProfileAction } from "@/lib/actions/committee";
import { emptyFormState } from "@/lib/actions/form-state";
import { createUserAction, resetPasswordAction, setUserDisabledAction, updateUserAction } from "@/lib/actions/users";
import { changeOwnPasswordAction } from "@/lib/actions/account";
import { viTranslator as t } from "@/lib/i18n/vietnamese";
import { form, makeTree, outcome, PASSWORD, testDb, type Tree, type Users } from "./support/fixtures";
import { cookieJar, session } from "./support/next-mocks";

vi.mock("@/lib/auth/viewer", async () => (await import("./support/next-mocks")).viewerModule);
vi.mock("next-intl/server", async () => (await import("./support/next-mocks")).i18nModule);
vi.mock("next/cache", async () => (await import("./support/next-mocks")).cacheModule);
vi.mock("next/headers", async () => (await import("./support/next-mocks")).headersModule);

const db = testDb();
let tree: Tree;
let users: Users;

beforeAll(async () => {
  ({ tree, users } = await makeTree(db));
});
afterAll(() => db.$disconnect());

const as = (viewer: Viewer | null) => {
  session.viewer = viewer;
};

async function profile(id: string) {
  return db.committee.findUniqueOrThrow({ where: { id }, select: { version: true, address: true } });
}

async function names(id: string) {
  return db.committee.findUniqueOrThrow({ where: { id }, select: { name: true, shortName: true } });
}

async function auditCount(entityId: string) {
  return db.auditEvent.count({ where: { entityId } });
}

describe("updateCommitteeProfileAction", () => {
  type Case = { who: keyof Users; target: keyof Tree; allowed: boolean };
  const cases: Case[] = [
    ...(["P", "D", "C", "X"] as const).map((target) => ({ who: "admin" as const, target, allowed: true })),
    ...(["leader", "staff"] as const).flatMap((who) => [
      { who, target: "P" as const, allowed: true },
      { who, target: "D" as const, allowed: false },
      { who, target: "C" as const, allowed: false },
      { who, target: "X" as const, allowed: false },
    ]),
    ...(["P", "D", "X"] as const).map((target) => ({ who: "editor" as const, target, allowed: false })),
    { who: "childStaff", target: "D", allowed: true },
    { who: "childStaff", target: "P", allowed: false },
    { who: "childStaff", target: "X", allowed: false },
  ];

  it.each(cases)("$who on committee $target → allowed: $allowed", async ({ who, target, allowed }) => {
    as(users[who]);
    const id = tree[target];
    const before = await profile(id);
    const audits = await auditCount(id);
    const address = `Số ${Math.floor(Math.random() * 1000)} đường Trần Hưng Đạo`;
    const { name, shortName } = await names(id);
    const result = await outcome(() =>
      updateCommitteeProfileAction(emptyFormState, form({ id, name, shortName, address, phone: "0296 3852 123", email: "", headName: "Nguyễn Văn A", headTitle: "Trưởng ban", version: before.version })),
    );
    const after = await profile(id);
    if (allowed) {
      expect(result).toEqual({ kind: "redirect", to: `/co-quan/${id}?saved=1` });
      expect(after).toEqual({ version: before.version + 1, address });
      expect(await auditCount(id)).toBe(audits + 1);
    } else {
      expect(result.kind).toBe("notFound");
      expect(after).toEqual(before);
      expect(await auditCount(id)).toBe(audits);
    }
  });

  it("lets only admins rename a committee", async () => {
    const current = await names(tree.P);
    as(users.staff);
    const before = await profile(tree.P);
    const refused = await outcome(() => updateCommitteeProfileAction(emptyFormState, form({ id: tree.P, name: "Tên mới tự đặt", shortName: current.shortName, version: before.version })));
    expect(refused).toMatchObject({ kind: "state", state: { fieldErrors: { name: t("committee.renameByAdmin") } } });
    expect(await names(tree.P)).toEqual(current);
    as(users.admin);
    const renamed = await outcome(() => updateCommitteeProfileAction(emptyFormState, form({ id: tree.P, name: `${current.name} (mới)`, shortName: current.shortName, version: before.version })));
    expect(renamed.kind).toBe("redirect");
    expect((await names(tree.P)).name).toBe(`${current.name} (mới)`);
  });

  it.each([
    ["an id with a NUL byte", { id: "abc\u0000" }],
    ["a version past PostgreSQL's integer", { version: "3000000000" }],
    ["a NUL byte in a text field", { address: "Số 1\u0000" }],
  ])("answers %s without a server error", async (_what, override) => {
    as(users.staff);
    const before = await profile(tree.P);
    const current = await names(tree.P);
    const result = await outcome(() => updateCommitteeProfileAction(emptyFormState, form({ id: tree.P, ...current, version: before.version, ...override })));
    expect(result.kind).toBe("state");
    expect(await profile(tree.P)).toEqual(before);
  });

  it("answers bad input next to its fields in Vietnamese and writes nothing", async () => {
    as(users.staff);
    const before = await profile(tree.P);
    const result = await outcome(() =>
      updateCommitteeProfileAction(emptyFormState, form({ id: tree.P, name: "  ", shortName: "BDV", email: "khong-phai-email", phone: "abc", version: before.version })),
    );
    expect(result.kind).toBe("state");
    const state = (result as { state: typeof emptyFormState }).state;
    expect(state.fieldErrors.name).toBe(t("validation.required"));
    expect(state.fieldErrors.email).toBe(t("auth.errors.emailInvalid"));
    expect(state.fieldErrors.phone).toBe(t("validation.phone"));
    expect(state.values.email).toBe("khong-phai-email");
    expect(await profile(tree.P)).toEqual(before);
  });

  it("refuses a stale edit instead of overwriting", async () => {
    as(users.staff);
    const before = await profile(tree.P);
    const current = await names(tree.P);
    const first = await outcome(() => updateCommitteeProfileAction(emptyFormState, form({ id: tree.P, ...current, address: "Lần một", version: before.version })));
    expect(first.kind).toBe("redirect");
    const second = await outcome(() => updateCommitteeProfileAction(emptyFormState, form({ id: tree.P, ...current, address: "Lần hai", version: before.version })));
    expect(second).toMatchObject({ kind: "state", state: { formError: t("validation.stale") } });
    expect(await profile(tree.P)).toEqual({ version: before.version + 1, address: "Lần một" });
  });
});

describe("user administration actions", () => {
  const roles = ["admin", "leader", "staff", "editor", "childStaff"] as const;

  it.each(roles)("createUserAction as %s", async (who) => {
    as(users[who]);
    const email = `moi-${who}-${Date.now()}@test.vn`;
    const result = await outcome(() => createUserAction(emptyFormState, form({ email, name: "Cán bộ mới", role: "STAFF", committeeId: tree.C, password: "Mot-mat-khau-dai" })));
    const created = await db.user.findUnique({ where: { email }, select: { id: true, role: true, mustChangePassword: true } });
    if (who === "admin") {
      expect(result).toEqual({ kind: "redirect", to: `/quan-tri/nguoi-dung/${created!.id}?saved=1` });
      // The password the admin typed is replaced by its owner at first sign-in.
      expect(created!.mustChangePassword).toBe(true);
      expect(await auditCount(created!.id)).toBe(1);
    } else {
      expect(result.kind).toBe("notFound");
      expect(created).toBeNull();
    }
  });

  it.each(roles)("updateUserAction, setUserDisabledAction and resetPasswordAction as %s", async (who) => {
    as(users[who]);
    const target = users.childStaff;
    const read = () => db.user.findUniqueOrThrow({ where: { id: target.id }, select: { version: true, role: true, disabledAt: true, passwordHash: true, sessionEpoch: true } });
    const start = await read();
    const update = await outcome(() => updateUserAction(target.id, emptyFormState, form({ name: target.name, role: "LEADER", committeeId: tree.D, version: start.version })));
    const afterUpdate = await read();
    const disable = await outcome(() => setUserDisabledAction(target.id, emptyFormState, form({ disabled: "true", version: afterUpdate.version })));
    const afterDisable = await read();
    const enable = await outcome(() => setUserDisabledAction(target.id, emptyFormState, form({ disabled: "false", version: afterDisable.version })));
    const afterEnable = await read();
    const reset = await outcome(() => resetPasswordAction(target.id, emptyFormState, form({ version: afterEnable.version })));
    const end = await read();
    if (who === "admin") {
      for (const result of [update, disable, enable]) expect(result.kind).toBe("redirect");
      // A reset stays on the page and shows the one-time password once.
      expect(reset).toMatchObject({ kind: "state", state: { shownOnce: { password: expect.any(String) } } });
      expect(afterUpdate.role).toBe("LEADER");
      expect(afterDisable.disabledAt).toBeInstanceOf(Date);
      expect(afterEnable.disabledAt).toBeNull();
      expect(end.passwordHash).not.toBe(start.passwordHash);
      expect(end.sessionEpoch).toBeGreaterThan(start.sessionEpoch); // old sessions ended
      // Put the user back as the other cases expect.
      await db.user.update({ where: { id: target.id }, data: { role: "STAFF" } });
    } else {
      for (const result of [update, disable, enable, reset]) expect(result.kind).toBe("notFound");
      expect(end).toEqual(start);
    }
  });

  it("does not let an admin change their own role", async () => {
    as(users.admin);
    const me = await db.user.findUniqueOrThrow({ where: { id: users.admin.id }, select: { version: true } });
    const result = await outcome(() => updateUserAction(users.admin.id, emptyFormState, form({ name: "Admin", role: "STAFF", committeeId: tree.P, version: me.version })));
    expect(result).toMatchObject({ kind: "state", state: { fieldErrors: { role: t("validation.ownRole") } } });
    expect((await db.user.findUniqueOrThrow({ where: { id: users.admin.id } })).role).toBe("ADMIN");
  });

  it("resets to a one-time password of its own, whatever password a form sends", async () => {
    as(users.admin);
    const target = users.childStaff;
    const { version } = await db.user.findUniqueOrThrow({ where: { id: target.id }, select: { version: true } });
    const result = await outcome(() => resetPasswordAction(target.id, emptyFormState, form({ password: PASSWORD, version })));
    const shown = (result as { state: typeof emptyFormState }).state.shownOnce?.password;
    expect(shown).toMatch(/^\S{4}-\S{4}-\S{4}$/);
    const after = await db.user.findUniqueOrThrow({ where: { id: target.id }, select: { passwordHash: true, mustChangePassword: true } });
    expect(await verifyPassword(after.passwordHash, shown!)).toBe(true);
    expect(await verifyPassword(after.passwordHash, PASSWORD)).toBe(false);
    expect(after.mustChangePassword).toBe(true);
    // Put the password back as the other cases expect.
    await db.user.update({ where: { id: target.id }, data: { passwordHash: await hashPassword(PASSWORD), mustChangePassword: false } });
  });

  it("sends an admin's own password to the change-password page, not the reset form", async () => {
    as(users.admin);
    const before = await db.user.findUniqueOrThrow({ where: { id: users.admin.id }, select: { version: true, passwordHash: true, sessionEpoch: true } });
    const result = await outcome(() => resetPasswordAction(users.admin.id, emptyFormState, form({ password: PASSWORD, version: before.version })));
    expect(result).toMatchObject({ kind: "state", state: { fieldErrors: { password: t("validation.resetOwnPassword") } } });
    expect(await db.user.findUniqueOrThrow({ where: { id: users.admin.id }, select: { version: true, passwordHash: true, sessionEpoch: true } })).toEqual(before);
  });

  it("puts users only on committees that exist today", async () => {
    as(users.admin);
    const ended = await db.committee.create({
      // Ended long before the demo's reorganisation, so the tree tests that share this database never see it.
      data: { slug: `ended-${Date.now()}`, name: "Ban đã giải thể", shortName: "BĐGT", level: "DISTRICT", locality: "Nơi cũ", validFrom: new Date("2020-01-01"), validTo: new Date("2020-12-31") },
      select: { id: true },
    });
    const email = `ended-${Date.now()}@test.vn`;
    const result = await outcome(() => createUserAction(emptyFormState, form({ email, name: "Cán bộ", role: "STAFF", committeeId: ended.id, password: "Mot-mat-khau-dai" })));
    await db.committee.delete({ where: { id: ended.id } });
    expect(result).toMatchObject({ kind: "state", state: { fieldErrors: { committeeId: t("validation.committee") } } });
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
  });

  it("refuses a committee id with a NUL byte next to the field, and creates no one", async () => {
    as(users.admin);
    const email = `nul-${Date.now()}@test.vn`;
    const result = await outcome(() => createUserAction(emptyFormState, form({ email, name: "Cán bộ NUL", role: "STAFF", committeeId: `${tree.C}\u0000`, password: "Mot-mat-khau-dai" })));
    expect(result).toMatchObject({ kind: "state", state: { fieldErrors: { committeeId: t("validation.committee") } } });
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
  });

  it("answers 404 for a forged user id, and changes no one", async () => {
    as(users.admin);
    const before = await db.user.count({ where: { disabledAt: { not: null } } });
    for (const forged of ["khong-co", "abc\u0000", { not: "" } as unknown as string]) {
      expect((await outcome(() => setUserDisabledAction(forged, emptyFormState, form({ disabled: "true", version: 1 })))).kind).toBe("notFound");
    }
    expect(await db.user.count({ where: { disabledAt: { not: null } } })).toBe(before);
  });

  it("enforces the password rules", async () => {
    as(users.admin);
    const email = `ngan-${Date.now()}@test.vn`;
    const short = await outcome(() => createUserAction(emptyFormState, form({ email, name: "A", role: "STAFF", committeeId: tree.C, password: "ngan" })));
    expect(short).toMatchObject({ kind: "state", state: { fieldErrors: { password: t("validation.passwordTooShort", { min: 10 }) } } });
    const same = await outcome(() => createUserAction(emptyFormState, form({ email, name: "A", role: "STAFF", committeeId: tree.C, password: email })));
    expect(same).toMatchObject({ kind: "state", state: { fieldErrors: { password: t("validation.passwordIsEmail") } } });
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
  });
});

describe("changeOwnPasswordAction", () => {
  it.each(["admin", "leader", "staff", "editor"] as const)("as %s: ends every session and asks to sign in again", async (who) => {
    const viewer = users[who];
    as(viewer);
    cookieJar.set("next-auth.session-token", "token");
    const before = await db.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { sessionEpoch: true } });
    const wrong = await outcome(() => changeOwnPasswordAction(emptyFormState, form({ currentPassword: "sai-mat-khau", password: "Mat-khau-moi-2026", confirm: "Mat-khau-moi-2026" })));
    expect(wrong).toMatchObject({ kind: "state", state: { fieldErrors: { currentPassword: t("validation.currentPassword") } } });
    const ok = await outcome(() => changeOwnPasswordAction(emptyFormState, form({ currentPassword: PASSWORD, password: "Mat-khau-moi-2026", confirm: "Mat-khau-moi-2026" })));
    expect(ok).toEqual({ kind: "redirect", to: "/dang-nhap?changed=1" });
    expect(cookieJar.has("next-auth.session-token")).toBe(false);
    const after = await db.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { sessionEpoch: true } });
    expect(after.sessionEpoch).toBe(before.sessionEpoch + 1);
  });
});
