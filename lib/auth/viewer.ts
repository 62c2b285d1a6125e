import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "./options";
import type { Viewer } from "./policy";
import { HOME_AFTER_SIGN_IN, SIGN_IN_PATH } from "./routes";

/**
 * The signed-in viewer of this request, or null. getServerSession runs the
 * jwt callback (lib/auth/options.ts), which checks the session against the
 * database and refreshes role and committee, once per request.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const user = (await getServerSession(authOptions))?.user;
  if (!user?.id || !user.role) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, committeeId: user.committeeId };
});

/** The viewer, or a redirect to sign-in that comes back to this page afterwards. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (viewer) return viewer;
  const path = (await headers()).get("x-pathname") ?? HOME_AFTER_SIGN_IN;
  redirect(`${SIGN_IN_PATH}?callbackUrl=${encodeURIComponent(path)}`);
}
