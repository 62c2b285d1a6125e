import type { MessagePath } from "@/lib/i18n/server";

/** What the user forms read from the catalog (see ClientMessages). */
export const USER_FORM_MESSAGES = [
  "admin",
  "common",
  "auth.email",
  "workspace.role",
  "workspace.roles",
  "news.committee",
  "accounts.oneTimeTitle",
  "accounts.oneTimeBody",
  "accounts.resetNote",
  "validation.ownRole",
] as const satisfies readonly MessagePath[];
