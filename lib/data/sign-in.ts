import "server-only";
import { getDb } from "@/lib/db";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import type { Viewer } from "@/lib/auth/policy";
import { audit } from "./audit";

// After this many failed attempts within the window, further ones are refused
// until the window has passed.
export const SIGN_IN_LIMITS = { perEmail: 5, perIp: 30, windowMinutes: 15 } as const;

export type SignInOutcome =
  | { ok: true; viewer: Viewer; sessionEpoch: number }
  | { ok: false; reason: "invalid" | "throttled" | "disabled" };

// Unknown emails are checked against this hash so they take as long as known ones.
let dummyHash: Promise<string> | undefined;

export async function authenticate(input: { email: string; password: string; ip: string }): Promise<SignInOutcome> {
  const db = getDb();
  const email = input.email.trim().toLowerCase();
  const [failures] = await db.$queryRaw<{ by_email: bigint; by_ip: bigint }[]>`
    select count(*) filter (where email = ${email}) as by_email,
           count(*) filter (where ip = ${input.ip}) as by_ip
      from sign_in_attempts
     where not succeeded
       and at > now() - make_interval(mins => ${SIGN_IN_LIMITS.windowMinutes})
       and (email = ${email} or ip = ${input.ip})`;
  if (Number(failures?.by_email ?? 0) >= SIGN_IN_LIMITS.perEmail || Number(failures?.by_ip ?? 0) >= SIGN_IN_LIMITS.perIp) {
    await audit(db, null, { action: "sign_in_throttled", entity: "user", after: { email }, ip: input.ip });
    return { ok: false, reason: "throttled" };
  }

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, committeeId: true, passwordHash: true, disabledAt: true, sessionEpoch: true },
  });
  dummyHash ??= hashPassword("not-a-real-password-0000");
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyHash), input.password);
  const outcome: SignInOutcome =
    !user || !passwordOk
      ? { ok: false, reason: "invalid" }
      : user.disabledAt
        ? { ok: false, reason: "disabled" }
        : {
            ok: true,
            sessionEpoch: user.sessionEpoch,
            viewer: { id: user.id, email: user.email, name: user.name, role: user.role, committeeId: user.committeeId },
          };

  await db.$transaction(async (tx) => {
    await tx.signInAttempt.create({ data: { email, ip: input.ip, succeeded: outcome.ok } });
    await audit(tx, user ? { id: user.id, email: user.email } : null, {
      action: outcome.ok ? "sign_in" : "sign_in_failed",
      entity: "user",
      entityId: user?.id ?? null,
      after: outcome.ok ? undefined : { email, reason: outcome.reason },
      ip: input.ip,
    });
  });
  return outcome;
}

export async function recordSignOut(userId: string, email: string): Promise<void> {
  await audit(getDb(), { id: userId, email }, { action: "sign_out", entity: "user", entityId: userId });
}
