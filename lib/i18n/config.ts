// Locales the portal speaks. Vietnamese is the default; English is complete.
// Shared by the server (cookie), the locale action and client components.
export const locales = ["vi", "en"] as const;
export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = "vi";

/** Name of the cookie that stores the reader's chosen locale. */
export const localeCookieName = "lang";

/** BCP 47 tags for Intl and for `<html lang>`. */
export const localeTags: Record<Locale, string> = { vi: "vi-VN", en: "en" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}
