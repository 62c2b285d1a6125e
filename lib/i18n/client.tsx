"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { Locale } from "./config";
import type { ClientMessages } from "./messages/client";

// Client components (error boundaries, interactive forms) cannot read the
// locale cookie: the root layout hands them the part of the catalog they need.
const I18nContext = createContext<{ locale: Locale; messages: ClientMessages } | null>(null);

export function ClientMessagesProvider({
  locale,
  messages,
  children,
}: {
  locale: Locale;
  messages: ClientMessages;
  children: ReactNode;
}) {
  return <I18nContext value={{ locale, messages }}>{children}</I18nContext>;
}

function useI18n() {
  const value = useContext(I18nContext);
  if (!value) throw new Error("ClientMessagesProvider is missing: it is rendered by app/layout.tsx");
  return value;
}

/** The client part of the catalog (see `clientNamespaces`). */
export function useMessages(): ClientMessages {
  return useI18n().messages;
}

export function useLocale(): Locale {
  return useI18n().locale;
}
