import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { loadActiveViewer } from "@/lib/data/users";
import { authOptions } from "./options";
import type { Viewer } from "./policy";
import { SIGN_IN_PATH } from "./routes";

/** The signed-in viewer of this request, or null (checked against the database once per request). */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return null;
  return loadActiveViewer(session.user.id, session.user.epoch, session.user.sessionId);
});

/** The viewer, or a redirect to sign-in that comes back to this page afterwards. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (viewer) return viewer;
  const path = (await headers()).get("x-pathname") ?? "/bang-dieu-khien";
  redirect(`${SIGN_IN_PATH}?callbackUrl=${encodeURIComponent(path)}`);
}
