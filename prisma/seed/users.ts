// Demo accounts, one per role, on committees that exist today. Existing
// accounts keep their password (it may have been changed, and argon2 hashing
// is deliberately slow) but move to the seed's committee: people move with
// the tree.
import { hashPassword } from "@/lib/auth/password";
import { Role } from "@/lib/generated/prisma/client";
import type { CommitteeIds } from "./committees";
import { must, seedId, type Tx } from "./util";

/** The password of every demo account. */
export const DEMO_PASSWORD = "DanVan@2026";

export const DEMO_USERS = [
  { email: "admin@danvan.demo", name: "Nguyễn Hoàng Minh", role: Role.ADMIN, committee: "trung-uong" },
  { email: "lanhdao.angiang@danvan.demo", name: "Trần Thị Thanh Hương", role: Role.LEADER, committee: "tuyen-giao-dan-van-an-giang" },
  { email: "canbo.angiang@danvan.demo", name: "Lê Văn Phúc", role: Role.STAFF, committee: "tuyen-giao-dan-van-an-giang" },
  { email: "canbo.cangio@danvan.demo", name: "Phạm Thị Ngọc Lan", role: Role.STAFF, committee: "xa-can-gio" },
  { email: "bientap@danvan.demo", name: "Võ Minh Thư", role: Role.EDITOR, committee: "tuyen-giao-dan-van-an-giang" },
] as const;

/** Creates the demo accounts that are missing; returns how many were created. */
export async function seedUsers(tx: Tx, committees: CommitteeIds): Promise<number> {
  const emails = DEMO_USERS.map((u) => u.email.toLowerCase());
  const existing = new Set((await tx.user.findMany({ where: { email: { in: emails } }, select: { email: true } })).map((u) => u.email));
  for (const user of DEMO_USERS.filter((u) => existing.has(u.email.toLowerCase()))) {
    const committeeId = must(committees, user.committee, "committee");
    // A move ends the account's sessions, as an admin's move does.
    await tx.user.updateMany({
      where: { email: user.email.toLowerCase(), committeeId: { not: committeeId } },
      data: { committeeId, sessionEpoch: { increment: 1 } },
    });
  }
  const missing = DEMO_USERS.filter((u) => !existing.has(u.email.toLowerCase()));
  const hashes = await Promise.all(missing.map(() => hashPassword(DEMO_PASSWORD)));
  for (const [index, user] of missing.entries()) {
    const email = user.email.toLowerCase();
    await tx.user.create({
      data: {
        id: seedId("user", email.split("@")[0]!.replace(/\./g, "-")),
        email,
        name: user.name,
        passwordHash: hashes[index]!,
        role: user.role,
        committeeId: must(committees, user.committee, "committee"),
      },
    });
  }
  return missing.length;
}
