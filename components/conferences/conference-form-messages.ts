import type { MessagePath } from "@/lib/i18n/server";

/**
 * What the conference form reads from the catalog (see ClientMessages),
 * the photo picker's and the draft keeper's included. Their own lists
 * (PHOTO_INPUT_MESSAGES, DRAFT_KEEPER_MESSAGES) live in client modules, which
 * a server page receives as client references, not arrays: they are
 * repeated here.
 */
export const CONFERENCE_FORM_MESSAGES = [
  "conferences",
  "common",
  "admin.chooseCommittee",
  "records.kinds.agreement",
  "records.kinds.campaign",
  "photoInput",
  "validation.photoType",
  "validation.photoTooMany",
  "draft",
] as const satisfies readonly MessagePath[];
