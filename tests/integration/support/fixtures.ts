// A small committee tree and one user per role, unique to each test file:
// province P ─ district D ─ commune C, and another province X.
import { randomBytes } from "node:crypto";
import { createPrismaClient, type PrismaClient } from "@/lib/db";
import type { Role, Viewer } from "@/lib/auth/policy";
import { hashPassword } from "@/lib/auth/password";

export const PASSWORD = "Mat-khau-thu-2026";

export type Tree = { P: string; D: string; C: string; X: string };
export type Users = Record<"admin" | "leader" | "staff" | "editor" | "childStaff", Viewer>;

export function testDb(): PrismaClient {
  return createPrismaClient(process.env.DATABASE_URL!);
}

export async function makeTree(db: PrismaClient): Promise<{ tree: Tree; users: Users; tag: string }> {
  const tag = randomBytes(4).toString("hex");
  const validFrom = new Date("2020-01-01");
  const committee = (key: string, level: "PROVINCE" | "DISTRICT" | "COMMUNE", parentId: string | null) =>
    db.committee.create({
      data: {
        slug: `t-${key}-${tag}`,
        name: `Ban Dân vận ${key} ${tag}`,
        shortName: `BDV ${key}`,
        level,
        locality: `Địa phương ${key}`,
        validFrom,
        ...(parentId ? { parentLinks: { create: { parentId, validFrom } } } : {}),
      },
      select: { id: true },
    });
  const P = (await committee("P", "PROVINCE", null)).id;
  const D = (await committee("D", "DISTRICT", P)).id;
  const C = (await committee("C", "COMMUNE", D)).id;
  const X = (await committee("X", "PROVINCE", null)).id;
  const passwordHash = await hashPassword(PASSWORD);
  const user = async (key: string, role: Role, committeeId: string): Promise<Viewer> => {
    const email = `${key}-${tag}@test.vn`;
    const created = await db.user.create({ data: { email, name: `${key} ${tag}`, role, committeeId, passwordHash }, select: { id: true } });
    return { id: created.id, email, name: `${key} ${tag}`, role, committeeId };
  };
  const users: Users = {
    admin: await user("admin", "ADMIN", P),
    leader: await user("leader", "LEADER", P),
    staff: await user("staff", "STAFF", P),
    editor: await user("editor", "EDITOR", P),
    childStaff: await user("childstaff", "STAFF", D),
  };
  return { tree: { P, D, C, X }, users, tag };
}

export type Outcome<T> = { kind: "redirect"; to: string } | { kind: "notFound" } | { kind: "state"; state: T };

/** Runs a server action and reports how it ended: a redirect, a 404, or a returned state. */
export async function outcome<T>(run: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { kind: "state", state: await run() };
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT")) return { kind: "redirect", to: digest.split(";")[2] ?? "" };
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return { kind: "notFound" };
    throw error;
  }
}

export function form(values: Record<string, string | number>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, String(value));
  return data;
}
