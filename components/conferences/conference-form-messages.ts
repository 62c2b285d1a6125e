import { DRAFT_KEEPER_MESSAGES } from "@/components/forms/draft-keeper";
import { PHOTO_INPUT_MESSAGES } from "@/components/forms/photo-input";
import type { MessagePath } from "@/lib/i18n/server";

/** What the conference form reads from the catalog (see ClientMessages). */
export const CONFERENCE_FORM_MESSAGES = [
  "conferences",
  "common",
  "admin.chooseCommittee",
  "records.kinds.agreement",
  "records.kinds.campaign",
  ...PHOTO_INPUT_MESSAGES,
  ...DRAFT_KEEPER_MESSAGES,
] as const satisfies readonly MessagePath[];
