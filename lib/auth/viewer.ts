import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "./options";
import type { Viewer } from "./policy";
import { ACCOUNT_PASSWORD_PATH, HOME_AFTER_SIGN_IN, SIGN_IN_PATH } from "./routes";

const getSessionUser = cache(async () => (await getServerSession(authOptions))?.user ?? null);

/**
 * The signed-in viewer of this request, or null. getServerSession runs the
 * jwt callback (lib/auth/options.ts), which checks the session against the
 * database and refreshes role, committee and its level, once per request.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const user = await getSessionUser();
  if (!user?.id || !user.role) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, committeeId: user.committeeId, committeeLevel: user.committeeLevel };
});

/** Whether the signed-in user must choose a new password first (their password was reset). */
export async function mustChangePassword(): Promise<boolean> {
  return (await getSessionUser())?.mustChangePassword === true;
}

/**
 * The viewer, or a redirect to sign-in that comes back to this page
 * afterwards. A user whose password was reset reaches only the page that
 * changes it (its form's action included), whatever page or action they ask
 * for: every page and action starts here.
 */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  const path = (await headers()).get("x-pathname") ?? HOME_AFTER_SIGN_IN;
  if (!viewer) redirect(`${SIGN_IN_PATH}?callbackUrl=${encodeURIComponent(path)}`);
  if ((await mustChangePassword()) && new URL(path, "http://portal.invalid").pathname !== ACCOUNT_PASSWORD_PATH) redirect(`${ACCOUNT_PASSWORD_PATH}?dat_lai=1`);
  return viewer;
}
