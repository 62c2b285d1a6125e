import type { MessagePath } from "@/lib/i18n/server";

/** What the shared record forms (delete, restore) need on the client. */
export const RECORD_FORM_MESSAGES = ["records.delete", "audit.actions.restore", "common"] as const satisfies readonly MessagePath[];
