import "server-only";
import { NextIntlClientProvider, type Messages, type NestedKeyOf } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { cache } from "react";
import { createPortalFormat, type PortalFormat } from "./portal-format";

/** Numbers and money in the reader's locale, dates dd/MM/yyyy (see createPortalFormat). */
export const getFormat = cache(async (): Promise<PortalFormat> => {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("money")]);
  return createPortalFormat(locale, { vnd: (amount) => t("vnd", { amount }), short: (amount, unit) => t("short", { amount, unit }) });
});

/** A catalog section ("common") or one message ("auth.email"). */
export type MessagePath = NestedKeyOf<Messages>;

function copyPath(from: Record<string, unknown>, to: Record<string, unknown>, path: string) {
  const [head, ...rest] = path.split(".");
  if (!head || !(head in from)) return;
  if (rest.length === 0) {
    to[head] = from[head];
    return;
  }
  const child = (to[head] ??= {}) as Record<string, unknown>;
  copyPath(from[head] as Record<string, unknown>, child, rest.join("."));
}

/**
 * Hands the client components below the catalog sections and messages they
 * use, and only those: everything given here is serialized into the page.
 */
export async function ClientMessages({ paths, children }: { paths: readonly MessagePath[]; children: ReactNode }) {
  const messages = (await getMessages()) as Record<string, unknown>;
  const picked: Record<string, unknown> = {};
  for (const path of paths) copyPath(messages, picked, path);
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
