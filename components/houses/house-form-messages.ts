import { MONEY_FIELD_MESSAGES } from "@/components/forms/money-field";
import { PHOTO_INPUT_MESSAGES } from "@/components/forms/photo-input";
import type { MessagePath } from "@/lib/i18n/server";

/** What the house forms read from the catalog (see ClientMessages). */
export const HOUSE_FORM_MESSAGES = [
  "houses",
  "common",
  "money",
  "records.kinds",
  "admin.chooseCommittee",
  "nav.partners",
  "admin.fields.status",
  "committee.fields.address",
  ...MONEY_FIELD_MESSAGES,
  ...PHOTO_INPUT_MESSAGES,
] as const satisfies readonly MessagePath[];
