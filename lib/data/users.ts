import "server-only";
import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db";
import { vietnamToday } from "@/lib/time/vietnam";
import { hashPassword } from "@/lib/auth/password";
import { assignableRoles, can, readReach, type Resource, type Role, type Viewer } from "@/lib/auth/policy";
import { Prisma } from "@/lib/db";
import type { CreateUserInput, UpdateUserInput } from "@/lib/validation/user";
import { audit, changedFields } from "./audit";
import { NotFoundError, RuleViolation, StaleRecordError } from "./errors";
import { committeeScope, isRecordId, resourceOf } from "./scope";
import { checkCurrentPassword } from "./sign-in";

type Tx = Prisma.TransactionClient;

const ADMIN_ONLY = { type: "user", committeeId: null } as const;

export function requireAdmin(viewer: Viewer) {
  // Outside the admin's pages, user records do not exist.
  if (!can(viewer, "administer", ADMIN_ONLY)) throw new NotFoundError("user");
}

/** A session's viewer, and whether they must choose a new password (after a reset) before anything else. */
export type SessionViewer = Viewer & { mustChangePassword: boolean };

/**
 * The viewer behind a session, or null when the session is no longer valid:
 * signed out, the user disabled, or their password or role changed since
 * (the epoch moved on).
 */
export async function loadActiveViewer(userId: string, sessionEpoch: number, sessionId: string | null): Promise<SessionViewer | null> {
  if (!sessionId) return null;
  const db = getDb();
  // Two lookups at once on every signed-in request; no transaction needed.
  const [user, revoked] = await Promise.all([
    db.user.findUnique({
      where: { id: userId },
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        committeeId: true,
        disabledAt: true,
        sessionEpoch: true,
        mustChangePassword: true,
        committee: { select: { level: true } },
      },
    }),
    db.revokedSession.findUnique({ where: { sessionId }, select: { sessionId: true } }),
  ]);
  if (!user || revoked || user.disabledAt || user.sessionEpoch !== sessionEpoch) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role as Role,
    committeeId: user.committeeId,
    committeeLevel: user.committee?.level ?? null,
    mustChangePassword: user.mustChangePassword,
  };
}

const listSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabledAt: true,
  mustChangePassword: true,
  version: true,
  createdAt: true,
  committee: { select: { id: true, name: true } },
} as const;

/**
 * Outside the pages of those who keep accounts (admins, and the leaders of a
 * province committee for its subtree), user records do not exist.
 */
export function requireAccountKeeper(viewer: Viewer) {
  if (readReach(viewer, "user") === "none") throw new NotFoundError("user");
}

/** An account as the policy sees it: its committee (how it stands to the viewer's) and its role. */
async function accountResource(tx: Tx, viewer: Viewer, committeeId: string | null, role: Role): Promise<Resource> {
  return { ...(await resourceOf(tx, viewer, "user", committeeId)), accountRole: role };
}

/**
 * The `where` that keeps a list of users (alias `u`) to the accounts the
 * viewer keeps: on committees of their reach (SQL, committeeScope), with a
 * role they may give. Every account for admins.
 */
export function accountScope(viewer: Viewer): Prisma.Sql {
  requireAccountKeeper(viewer);
  const roles = assignableRoles(viewer);
  return Prisma.sql`(${committeeScope(viewer, "user", Prisma.sql`u.committee_id`)} and u.role::text in (${Prisma.join([...roles])}))`;
}

/** The committees the viewer may put accounts on: existing today (in Vietnam) and within their reach, in Vietnamese order. */
export async function listCommitteeChoices(viewer: Viewer): Promise<{ id: string; name: string }[]> {
  requireAccountKeeper(viewer);
  const today = vietnamToday();
  return getDb().$queryRaw<{ id: string; name: string }[]>`
    select c.id, c.name from committees c
     where c.valid_from <= ${today}::date and (c.valid_to is null or c.valid_to >= ${today}::date)
       and ${committeeScope(viewer, "user", Prisma.sql`c.id`)}
     order by c.name, c.id`;
}

/** Users belong to committees that exist today (in Vietnam); an ended one has handed its work on. */
function existsToday() {
  const today = vietnamToday();
  return { validFrom: { lte: today }, OR: [{ validTo: null }, { validTo: { gte: today } }] };
}

/** One account the viewer keeps; 404 for any other (it does not exist for them). */
export async function getUser(viewer: Viewer, id: string) {
  requireAccountKeeper(viewer);
  if (!isRecordId(id)) throw new NotFoundError("user");
  const db = getDb();
  const user = await db.user.findUnique({ where: { id }, select: listSelect });
  if (!user || !can(viewer, "read", await accountResource(db, viewer, user.committee?.id ?? null, user.role as Role))) throw new NotFoundError("user");
  return user;
}

async function requireCommittee(tx: Pick<ReturnType<typeof getDb>, "committee">, committeeId: string) {
  const found = await tx.committee.findFirst({ where: { id: committeeId, ...existsToday() }, select: { id: true } });
  if (!found) throw new RuleViolation("validation.committee", "committeeId");
}

/**
 * The viewer may give this account this committee and role: the committee
 * exists today and lies within their reach, the role is one they may give;
 * otherwise the refusal names its field.
 */
async function requirePlacement(tx: Tx, viewer: Viewer, action: "create" | "update", committeeId: string, role: Role) {
  if (!assignableRoles(viewer).includes(role)) throw new RuleViolation("accounts.roleNotAllowed", "role");
  await requireCommittee(tx, committeeId);
  if (!can(viewer, action, await accountResource(tx, viewer, committeeId, role))) throw new RuleViolation("accounts.outsideSubtree", "committeeId");
}

export async function createUser(viewer: Viewer, input: CreateUserInput) {
  requireAccountKeeper(viewer);
  const passwordHash = await hashPassword(input.password);
  return getDb().$transaction(async (tx) => {
    await requirePlacement(tx, viewer, "create", input.committeeId, input.role);
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new RuleViolation("validation.emailTaken", "email");
    }
    const user = await tx.user
      .create({
        // The initial password was typed by whoever made the account: its owner replaces it at first sign-in.
        data: { email: input.email, name: input.name, role: input.role, committeeId: input.committeeId, passwordHash, mustChangePassword: true },
        select: { id: true, email: true, name: true, role: true, committeeId: true },
      })
      .catch((error: unknown) => {
        // Another admin created the same email a moment ago.
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new RuleViolation("validation.emailTaken", "email");
        throw error;
      });
    await audit(tx, viewer, { action: "create", entity: "user", entityId: user.id, committeeId: user.committeeId, after: user });
    return user;
  });
}

export async function updateUser(viewer: Viewer, id: string, input: UpdateUserInput) {
  requireAccountKeeper(viewer);
  return getDb().$transaction(async (tx) => {
    const current = await accountAtVersion(tx, viewer, id, input.version);
    const before = { name: current.name, role: current.role, committeeId: current.committeeId };
    // Nobody changes their own role: an admin cannot lock themselves out, and
    // nobody raises themselves.
    if (id === viewer.id && input.role !== before.role) throw new RuleViolation("validation.ownRole", "role");
    await requirePlacement(tx, viewer, "update", input.committeeId, input.role);
    const { version, ...fields } = input;
    // A new role or committee ends the user's open sessions.
    const rescoped = fields.role !== before.role || fields.committeeId !== before.committeeId;
    const { count } = await tx.user.updateMany({
      where: { id, version },
      data: { ...fields, version: { increment: 1 }, ...(rescoped ? { sessionEpoch: { increment: 1 } } : {}) },
    });
    if (count === 0) throw new StaleRecordError();
    await audit(tx, viewer, { action: "update", entity: "user", entityId: id, committeeId: fields.committeeId, ...changedFields(before, fields) });
  });
}

/**
 * The account the viewer is about to change, as the form saw it: 404 when it
 * does not exist or is not one the viewer keeps, stale when its version moved
 * on. The update itself still names the version, so a change in between is
 * refused too.
 */
async function accountAtVersion(tx: Tx, viewer: Viewer, id: string, version: number) {
  if (!isRecordId(id)) throw new NotFoundError("user");
  const user = await tx.user.findUnique({
    where: { id },
    select: { email: true, name: true, role: true, version: true, disabledAt: true, sessionEpoch: true, committeeId: true, mustChangePassword: true },
  });
  if (!user || !can(viewer, "update", await accountResource(tx, viewer, user.committeeId, user.role as Role))) throw new NotFoundError("user");
  if (user.version !== version) throw new StaleRecordError();
  return user;
}

export async function setUserDisabled(viewer: Viewer, id: string, disabled: boolean, version: number) {
  requireAccountKeeper(viewer);
  return getDb().$transaction(async (tx) => {
    const before = await accountAtVersion(tx, viewer, id, version);
    if (id === viewer.id) throw new RuleViolation("validation.disableSelf");
    const { count } = await tx.user.updateMany({
      where: { id, version },
      data: { disabledAt: disabled ? new Date() : null, version: { increment: 1 }, sessionEpoch: { increment: 1 } },
    });
    if (count === 0) throw new StaleRecordError();
    const after = await tx.user.findUniqueOrThrow({ where: { id }, select: { disabledAt: true, sessionEpoch: true } });
    await audit(tx, viewer, {
      action: disabled ? "disable" : "enable",
      entity: "user",
      entityId: id,
      committeeId: before.committeeId,
      before: { disabledAt: before.disabledAt, sessionEpoch: before.sessionEpoch },
      after,
    });
  });
}

// A one-time password people can read aloud and type: no 0/O, 1/l/I.
const ONE_TIME_ALPHABET = "abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789";

/** Three groups of four letters and digits (about 69 bits), e.g. "h7Qk-2mVa-Xw9e". */
export function oneTimePassword(): string {
  const bytes = randomBytes(12);
  const letters = [...bytes].map((byte) => ONE_TIME_ALPHABET[byte % ONE_TIME_ALPHABET.length]!);
  return [0, 4, 8].map((start) => letters.slice(start, start + 4).join("")).join("-");
}

/**
 * Resets an account's password to a one-time password, returned to be shown
 * once to whoever reset it (no mail leaves the network) and never stored in
 * clear: the user signs in with it and must choose their own before anything
 * else. Every session of the account ends.
 */
export async function resetUserPassword(viewer: Viewer, id: string, version: number): Promise<{ password: string }> {
  requireAccountKeeper(viewer);
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  await getDb().$transaction(async (tx) => {
    const before = await accountAtVersion(tx, viewer, id, version);
    // One's own password goes through the change-password page, which
    // checks the current password under the sign-in throttle.
    if (id === viewer.id) throw new RuleViolation("validation.resetOwnPassword", "password");
    const { count } = await tx.user.updateMany({
      where: { id, version },
      data: { passwordHash, mustChangePassword: true, version: { increment: 1 }, sessionEpoch: { increment: 1 } },
    });
    if (count === 0) throw new StaleRecordError();
    // Never the password or its hash: only that every session ended and a change is due.
    await audit(tx, viewer, {
      action: "reset_password",
      entity: "user",
      entityId: id,
      committeeId: before.committeeId,
      before: { sessionEpoch: before.sessionEpoch, mustChangePassword: before.mustChangePassword },
      after: { sessionEpoch: before.sessionEpoch + 1, mustChangePassword: true },
    });
  });
  return { password };
}

/** Changes the viewer's own password; every session of theirs ends, this one included. */
export async function changeOwnPassword(viewer: Viewer, input: { currentPassword: string; password: string; ip: string }): Promise<void> {
  const check = await checkCurrentPassword(viewer, input.currentPassword, input.ip);
  if (check === "throttled") throw new RuleViolation("validation.currentPasswordLocked", "currentPassword");
  if (check === "invalid") throw new RuleViolation("validation.currentPassword", "currentPassword");
  const passwordHash = await hashPassword(input.password);
  await getDb().$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { sessionEpoch: true } });
    const after = await tx.user.update({
      where: { id: viewer.id },
      // A password of their own: a reset's one-time password is no longer due for a change.
      data: { passwordHash, mustChangePassword: false, version: { increment: 1 }, sessionEpoch: { increment: 1 } },
      select: { sessionEpoch: true },
    });
    await audit(tx, viewer, { action: "change_password", entity: "user", entityId: viewer.id, committeeId: viewer.committeeId, before, after });
  });
}
