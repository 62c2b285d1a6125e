import type { MessagePath } from "@/lib/i18n/server";

/**
 * What the model form reads from the catalog (see ClientMessages), the photo
 * picker's and the draft keeper's included (their own lists live in client
 * modules, which a server page receives as references, not arrays).
 */
export const MODEL_FORM_MESSAGES = [
  "models",
  "common",
  "admin.chooseCommittee",
  "records.kinds.campaign",
  "conferences.noChoice",
  "conferences.addPhotos",
  "conferences.removePhoto",
  "photoInput",
  "validation.photoType",
  "validation.photoTooMany",
  "draft",
] as const satisfies readonly MessagePath[];
