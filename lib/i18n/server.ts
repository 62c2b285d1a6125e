import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { defaultLocale, isLocale, localeCookieName, localeTags, type Locale } from "./config";
import { catalogs, type Messages } from "./messages";
import { pickClientMessages, type ClientMessages } from "./messages/client";

export { interpolate } from "./interpolate";
export type { Locale } from "./config";
export type { Messages } from "./messages";

/** The reader's locale, from the `lang` cookie; Vietnamese when absent or unknown. */
export const getLocale = cache(async (): Promise<Locale> => {
  const value = (await cookies()).get(localeCookieName)?.value;
  return isLocale(value) ? value : defaultLocale;
});

/** The message catalog of the reader's locale (or of the given one). */
export async function getMessages(locale?: Locale): Promise<Messages> {
  return catalogs[locale ?? (await getLocale())];
}

/** The BCP 47 tag of the reader's locale, for `<html lang>` and Intl. */
export async function getLocaleTag(): Promise<string> {
  return localeTags[await getLocale()];
}

/** The catalog sections client components receive through `ClientMessagesProvider`. */
export async function getClientMessages(): Promise<ClientMessages> {
  return pickClientMessages(await getMessages());
}
