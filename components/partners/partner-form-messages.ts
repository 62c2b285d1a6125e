import type { MessagePath } from "@/lib/i18n/server";

/** What the partner forms read from the catalog (see ClientMessages). */
export const PARTNER_FORM_MESSAGES = [
  "partners",
  "common",
  "auth.email",
  "committee.fields.shortName",
  "committee.fields.address",
  "committee.fields.phone",
  "admin.chooseCommittee",
] as const satisfies readonly MessagePath[];
