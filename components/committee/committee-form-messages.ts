import type { MessagePath } from "@/lib/i18n/server";

/** What the committee profile form reads from the catalog (see ClientMessages). */
export const COMMITTEE_FORM_MESSAGES = [
  "committee.fields",
  "committee.renameByAdmin",
  "auth.email",
  "common.required",
  "common.submitting",
  "common.save",
  "common.cancel",
  "newsroom.editorsPublish",
] as const satisfies readonly MessagePath[];
