import type { MessagePath } from "@/lib/i18n/server";

/**
 * What the activity form reads from the catalog (see ClientMessages): its
 * own texts, the money field's and the draft keeper's. Those two list theirs
 * in MONEY_FIELD_MESSAGES and DRAFT_KEEPER_MESSAGES, but a server page
 * cannot read a constant out of a "use client" module (it gets a client
 * reference), so they are repeated here.
 */
export const ACTIVITY_FORM_MESSAGES = [
  "activities.fields",
  "activities.hints",
  "activities.create",
  "activities.chooseIndicator",
  "activities.noLink",
  "activities.indicatorOption",
  "records.kinds",
  "common",
  // MONEY_FIELD_MESSAGES
  "money",
  "moneyField",
  "validation.required",
  "validation.money",
  "validation.moneyNegative",
  "validation.moneyFraction",
  "validation.moneyTooLarge",
  // DRAFT_KEEPER_MESSAGES
  "draft",
] as const satisfies readonly MessagePath[];
