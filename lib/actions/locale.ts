"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { localeCookieName, locales } from "@/lib/i18n/config";
import { isHttps } from "@/lib/security-headers";

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

// A path on this site only ("/tin-tuc?trang=2"), never "//host" or "/\host":
// the value comes from the form, so it must not become an open redirect.
const localPath = z
  .string()
  .max(2000)
  .regex(/^\/(?![/\\])/)
  .refine((value) => {
    try {
      return new URL(value, "http://portal.invalid").origin === "http://portal.invalid";
    } catch {
      return false;
    }
  });

const setLocaleSchema = z.object({
  locale: z.enum(locales),
  returnTo: localPath.catch("/"),
});

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
