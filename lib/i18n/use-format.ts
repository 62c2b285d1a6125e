"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { createPortalFormat, type PortalFormat } from "./portal-format";

/** `getFormat()` for client components; their provider must include the `money` namespace. */
export function useFormat(): PortalFormat {
  const locale = useLocale();
  const t = useTranslations("money");
  return useMemo(() => createPortalFormat(locale, { vnd: (amount) => t("vnd", { amount }), short: (amount, unit) => t("short", { amount, unit }) }), [locale, t]);
}
