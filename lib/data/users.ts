import "server-only";
import { getDb } from "@/lib/db";
import { vietnamToday } from "@/lib/time/vietnam";
import { hashPassword } from "@/lib/auth/password";
import { can, type Role, type Viewer } from "@/lib/auth/policy";
import { Prisma } from "@/lib/db";
import { passwordIsEmail, type CreateUserInput, type UpdateUserInput } from "@/lib/validation/user";
import { audit, changedFields } from "./audit";
import { NotFoundError, RuleViolation, StaleRecordError } from "./errors";
import { isRecordId } from "./scope";
import { checkCurrentPassword } from "./sign-in";

const ADMIN_ONLY = { type: "user", committeeId: null } as const;

export function requireAdmin(viewer: Viewer) {
  // Outside the admin's pages, user records do not exist.
  if (!can(viewer, "administer", ADMIN_ONLY)) throw new NotFoundError("user");
}

/**
 * The viewer behind a session, or null when the session is no longer valid:
 * signed out, the user disabled, or their password or role changed since
 * (the epoch moved on).
 */
export async function loadActiveViewer(userId: string, sessionEpoch: number, sessionId: string | null): Promise<Viewer | null> {
  if (!sessionId) return null;
  const db = getDb();
  // Two lookups at once on every signed-in request; no transaction needed.
  const [user, revoked] = await Promise.all([
    db.user.findUnique({
      where: { id: userId },
      select: { id: true, email: true, name: true, role: true, committeeId: true, disabledAt: true, sessionEpoch: true },
    }),
    db.revokedSession.findUnique({ where: { sessionId }, select: { sessionId: true } }),
  ]);
  if (!user || revoked || user.disabledAt || user.sessionEpoch !== sessionEpoch) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role as Role, committeeId: user.committeeId };
}

const listSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabledAt: true,
  version: true,
  createdAt: true,
  committee: { select: { id: true, name: true } },
} as const;

/** Every committee a user can be assigned to, current ones first, in Vietnamese order. */
export async function listCommitteeChoices(viewer: Viewer) {
  requireAdmin(viewer);
  return getDb().committee.findMany({ where: existsToday(), select: { id: true, name: true }, orderBy: { name: "asc" } });
}

/** Users belong to committees that exist today (in Vietnam); an ended one has handed its work on. */
function existsToday() {
  const today = vietnamToday();
  return { validFrom: { lte: today }, OR: [{ validTo: null }, { validTo: { gte: today } }] };
}

export async function getUser(viewer: Viewer, id: string) {
  requireAdmin(viewer);
  if (!isRecordId(id)) throw new NotFoundError("user");
  const user = await getDb().user.findUnique({ where: { id }, select: listSelect });
  if (!user) throw new NotFoundError("user");
  return user;
}

async function requireCommittee(tx: Pick<ReturnType<typeof getDb>, "committee">, committeeId: string) {
  const found = await tx.committee.findFirst({ where: { id: committeeId, ...existsToday() }, select: { id: true } });
  if (!found) throw new RuleViolation("validation.committee", "committeeId");
}

export async function createUser(viewer: Viewer, input: CreateUserInput) {
  requireAdmin(viewer);
  const passwordHash = await hashPassword(input.password);
  return getDb().$transaction(async (tx) => {
    await requireCommittee(tx, input.committeeId);
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new RuleViolation("validation.emailTaken", "email");
    }
    const user = await tx.user
      .create({
        data: { email: input.email, name: input.name, role: input.role, committeeId: input.committeeId, passwordHash },
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
  requireAdmin(viewer);
  return getDb().$transaction(async (tx) => {
    const current = await userAtVersion(tx, id, input.version);
    const before = { name: current.name, role: current.role, committeeId: current.committeeId };
    // Nobody changes their own role: an admin cannot lock themselves out, and
    // nobody raises themselves.
    if (id === viewer.id && input.role !== before.role) throw new RuleViolation("validation.ownRole", "role");
    await requireCommittee(tx, input.committeeId);
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
 * The user row an admin is about to change, as the form saw it: 404 when it
 * does not exist, stale when its version moved on. The update itself still
 * names the version, so a change in between is refused too.
 */
async function userAtVersion(tx: Prisma.TransactionClient, id: string, version: number) {
  if (!isRecordId(id)) throw new NotFoundError("user");
  const user = await tx.user.findUnique({
    where: { id },
    select: { email: true, name: true, role: true, version: true, disabledAt: true, sessionEpoch: true, committeeId: true },
  });
  if (!user) throw new NotFoundError("user");
  if (user.version !== version) throw new StaleRecordError();
  return user;
}

export async function setUserDisabled(viewer: Viewer, id: string, disabled: boolean, version: number) {
  requireAdmin(viewer);
  if (id === viewer.id) throw new RuleViolation("validation.disableSelf");
  return getDb().$transaction(async (tx) => {
    const before = await userAtVersion(tx, id, version);
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

export async function resetUserPassword(viewer: Viewer, id: string, password: string, version: number) {
  requireAdmin(viewer);
  // An admin's own password goes through the change-password page, which
  // checks the current password under the sign-in throttle.
  if (id === viewer.id) throw new RuleViolation("validation.resetOwnPassword", "password");
  const passwordHash = await hashPassword(password);
  return getDb().$transaction(async (tx) => {
    const before = await userAtVersion(tx, id, version);
    if (passwordIsEmail(password, before.email)) throw new RuleViolation("validation.passwordIsEmail", "password");
    const { count } = await tx.user.updateMany({
      where: { id, version },
      data: { passwordHash, version: { increment: 1 }, sessionEpoch: { increment: 1 } },
    });
    if (count === 0) throw new StaleRecordError();
    // Never the hashes: only that every session of the user ended.
    await audit(tx, viewer, {
      action: "reset_password",
      entity: "user",
      entityId: id,
      committeeId: before.committeeId,
      before: { sessionEpoch: before.sessionEpoch },
      after: { sessionEpoch: before.sessionEpoch + 1 },
    });
  });
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
      data: { passwordHash, version: { increment: 1 }, sessionEpoch: { increment: 1 } },
      select: { sessionEpoch: true },
    });
    await audit(tx, viewer, { action: "change_password", entity: "user", entityId: viewer.id, committeeId: viewer.committeeId, before, after });
  });
}
