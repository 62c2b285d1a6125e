import type { Messages } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { TIME_ZONE } from "@/lib/format/date";
import { readLocale } from "./locale";
import { catalogs } from "./messages";

// next-intl's per-request configuration (wired in next.config.mjs). There is
// no locale in the URL: the reader's choice lives in the `lang` cookie.
export default getRequestConfig(async () => {
  const locale = await readLocale();
  // Every catalog has the Vietnamese keys (`Catalog`); next-intl types the
  // ICU arguments from the Vietnamese text, which the others share.
  return { locale, messages: catalogs[locale] as Messages, timeZone: TIME_ZONE };
});
