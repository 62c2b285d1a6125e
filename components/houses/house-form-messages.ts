import type { MessagePath } from "@/lib/i18n/server";

// Plain module (no "use client"): the pages read these on the server. The
// paths include what the shared form components read (money field, photo
// picker, draft keeper: their *_MESSAGES lists live in client modules).

/** The draft keeper's form ids: a new house, and the edit of one. */
export const NEW_HOUSE_FORM_ID = "house-new";
export const editHouseFormId = (id: string) => `house-${id}`;

/** What the house forms read from the catalog (see ClientMessages). */
export const HOUSE_FORM_MESSAGES = [
  "houses",
  "common",
  "records.kinds",
  "admin.chooseCommittee",
  "admin.fields.status",
  "committee.fields.address",
  "nav.partners",
  "conferences.noChoice",
  "conferences.removePhoto",
  // MoneyField
  "money",
  "moneyField",
  "validation.required",
  "validation.money",
  "validation.moneyNegative",
  "validation.moneyFraction",
  "validation.moneyTooLarge",
  // PhotoInput
  "photoInput",
  "validation.photoType",
  "validation.photoTooMany",
  // DraftKeeper
  "draft",
] as const satisfies readonly MessagePath[];
