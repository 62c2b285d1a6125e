// Types next-intl checks every `t("…")` call against: a misspelt or missing
// key, or a missing ICU argument, fails `tsc` (tests/unit/i18n-types.ts).
import type { Locale } from "./config";
import type { vi } from "./messages/vi";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof vi;
  }
}
