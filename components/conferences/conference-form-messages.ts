import type { MessagePath } from "@/lib/i18n/server";

/** What the conference form reads from the catalog (see ClientMessages). */
export const CONFERENCE_FORM_MESSAGES = ["conferences", "common", "admin.chooseCommittee", "records.kinds.agreement", "records.kinds.campaign"] as const satisfies readonly MessagePath[];
