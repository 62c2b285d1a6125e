import type { MessagePath } from "@/lib/i18n/server";

/** What the tree change forms read from the catalog (see ClientMessages). */
export const TREE_FORM_MESSAGES = [
  "committeeAdmin",
  "committee.fields",
  "committee.levels",
  "committee.history.primary",
  "admin.chooseCommittee",
  "common.required",
  "common.submitting",
  "common.cancel",
] as const satisfies readonly MessagePath[];
