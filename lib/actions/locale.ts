"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { localeCookieName } from "@/lib/i18n/config";
import { isHttps } from "@/lib/security-headers";
import { setLocaleSchema } from "@/lib/validation/locale";

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

/**
 * Stores the chosen locale in the `lang` cookie and goes back to the page the
 * form was on. A plain form post: it works without JavaScript.
 */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const parsed = setLocaleSchema.safeParse({
    locale: formData.get("locale"),
    returnTo: formData.get("returnTo") ?? "/",
  });
  if (!parsed.success) redirect("/");

  (await cookies()).set(localeCookieName, parsed.data.locale, {
    path: "/",
    maxAge: ONE_YEAR_SECONDS,
    sameSite: "lax",
    httpOnly: true,
    secure: isHttps(),
  });
  redirect(parsed.data.returnTo);
}
