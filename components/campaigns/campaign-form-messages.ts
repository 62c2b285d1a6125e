import type { MessagePath } from "@/lib/i18n/server";

/** What the campaign and phase forms read from the catalog (see ClientMessages), the draft keeper's included. */
export const CAMPAIGN_FORM_MESSAGES = ["campaigns", "common", "admin.chooseCommittee", "draft"] as const satisfies readonly MessagePath[];
