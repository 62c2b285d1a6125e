import type { MessagePath } from "@/lib/i18n/server";

/** What the agreement forms read from the catalog on the client (see ClientMessages). */
export const AGREEMENT_FORM_MESSAGES = [
  "agreements",
  "common",
  "money",
  "periods",
  "periodPicker.period",
  "periodPicker.kinds",
  "committee.history.span",
  "news.committee",
  "nav.partners",
  "admin.chooseCommittee",
  "records.kinds.conference",
] as const satisfies readonly MessagePath[];
