import { DRAFT_KEEPER_MESSAGES } from "@/components/forms/draft-keeper";
import { MONEY_FIELD_MESSAGES } from "@/components/forms/money-field";
import type { MessagePath } from "@/lib/i18n/server";

/** What the activity form reads from the catalog (see ClientMessages). */
export const ACTIVITY_FORM_MESSAGES = [
  "activities.fields",
  "activities.hints",
  "activities.create",
  "activities.chooseIndicator",
  "activities.noLink",
  "activities.indicatorOption",
  "records.kinds",
  "common",
  ...MONEY_FIELD_MESSAGES,
  ...DRAFT_KEEPER_MESSAGES,
] as const satisfies readonly MessagePath[];
