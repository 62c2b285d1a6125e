import "server-only";
import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { Role, Viewer } from "@/lib/auth/policy";
import { isLocked, SIGN_IN_LIMITS } from "@/lib/auth/throttle";
import { audit } from "./audit";

export type SignInOutcome =
  | { ok: true; viewer: Viewer; sessionEpoch: number; sessionId: string }
  | { ok: false; reason: "invalid" | "throttled" };

const DAY_MS = 24 * 60 * 60_000;

// Unknown emails are checked against this hash so they take as long as known ones.
let dummyHash: Promise<string> | undefined;

/**
 * Books one attempt for this email and address, or refuses it when either is
 * locked. Attempts on one email (or address) queue behind an advisory lock and
 * are booked as failures before the slow password check, so a burst of
 * parallel guesses cannot slip past the limit.
 */
async function bookAttempt(email: string, ip: string): Promise<bigint | "throttled"> {
  return getDb().$transaction(async (tx) => {
    await tx.$executeRaw`select pg_advisory_xact_lock(hashtext('sign-in:email:' || ${email}))`;
    await tx.$executeRaw`select pg_advisory_xact_lock(hashtext('sign-in:ip:' || ${ip}))`;
    // Failures since the last success count for an email; for an address all do.
    const byEmail = await tx.$queryRaw<{ at: Date }[]>`
      select at from sign_in_attempts
       where email = ${email} and not succeeded
         and at > coalesce((select max(at) from sign_in_attempts where email = ${email} and succeeded), '-infinity')
       order by at desc limit ${SIGN_IN_LIMITS.perEmail}`;
    const byIp = await tx.$queryRaw<{ at: Date }[]>`
      select at from sign_in_attempts where ip = ${ip} and not succeeded
       order by at desc limit ${SIGN_IN_LIMITS.perIp}`;
    const now = new Date();
    const at = (rows: { at: Date }[]) => rows.map((row) => row.at);
    if (isLocked(at(byEmail), SIGN_IN_LIMITS.perEmail, now) || isLocked(at(byIp), SIGN_IN_LIMITS.perIp, now)) return "throttled";
    // Keep the table small: a day of history is plenty for the limits above.
    await tx.signInAttempt.deleteMany({ where: { email, at: { lt: new Date(now.getTime() - DAY_MS) } } });
    const attempt = await tx.signInAttempt.create({ data: { email, ip, succeeded: false }, select: { id: true } });
    return attempt.id;
  });
}

async function markSucceeded(attemptId: bigint) {
  await getDb().signInAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
}

export async function authenticate(input: { email: string; password: string; ip: string }): Promise<SignInOutcome> {
  const db = getDb();
  const email = input.email.trim().toLowerCase();
  const attempt = await bookAttempt(email, input.ip);
  if (attempt === "throttled") {
    await audit(db, null, { action: "sign_in_throttled", entity: "user", after: { email }, ip: input.ip });
    return { ok: false, reason: "throttled" };
  }

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, committeeId: true, passwordHash: true, disabledAt: true, sessionEpoch: true },
  });
  dummyHash ??= hashPassword("not-a-real-password-0000");
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyHash), input.password);
  // A disabled account answers as a wrong password does, so the answer does
  // not tell a right password from a wrong one; the audit row says why.
  const refusal = !user || !passwordOk ? "invalid" : user.disabledAt ? "disabled" : null;
  const outcome: SignInOutcome =
    !user || refusal
      ? { ok: false, reason: "invalid" }
      : {
          ok: true,
          sessionEpoch: user.sessionEpoch,
          sessionId: randomUUID(),
          viewer: { id: user.id, email: user.email, name: user.name, role: user.role as Role, committeeId: user.committeeId },
        };

  if (outcome.ok) await markSucceeded(attempt);
  await audit(db, user ? { id: user.id, email: user.email } : null, {
    action: outcome.ok ? "sign_in" : "sign_in_failed",
    entity: "user",
    entityId: user?.id ?? null,
    after: refusal ? { email, reason: refusal } : undefined,
    ip: input.ip,
  });
  return outcome;
}

/**
 * Checks a signed-in user's current password (before they change it) under
 * the same limits as sign-in, so an unattended session cannot be used to
 * guess it.
 */
export async function checkCurrentPassword(viewer: Viewer, password: string, ip: string): Promise<"ok" | "invalid" | "throttled"> {
  const db = getDb();
  const attempt = await bookAttempt(viewer.email, ip);
  if (attempt === "throttled") return "throttled";
  const user = await db.user.findUnique({ where: { id: viewer.id }, select: { passwordHash: true } });
  if (user && (await verifyPassword(user.passwordHash, password))) {
    await markSucceeded(attempt);
    return "ok";
  }
  await audit(db, viewer, { action: "change_password_failed", entity: "user", entityId: viewer.id, ip });
  return "invalid";
}

/** Signing out ends this session's token for good, not only its cookie. */
export async function recordSignOut(session: { userId: string; email: string; sessionId: string | null; expiresAt: Date }): Promise<void> {
  await getDb().$transaction(async (tx) => {
    if (session.sessionId) {
      await tx.revokedSession.upsert({
        where: { sessionId: session.sessionId },
        create: { sessionId: session.sessionId, userId: session.userId, expiresAt: session.expiresAt },
        update: {},
      });
    }
    await tx.revokedSession.deleteMany({ where: { expiresAt: { lt: new Date() } } });
    await audit(tx, { id: session.userId, email: session.email }, { action: "sign_out", entity: "user", entityId: session.userId });
  });
}
