import { z } from "zod";
import { PartnerKind } from "@/lib/generated/prisma/enums";
import { idField, optionalEmail, optionalText, phone, text, version } from "./fields";
import { message } from "./message";

/** The kinds of partner organisation, from the Prisma enum (schema order). */
export const PARTNER_KINDS = Object.values(PartnerKind);
export type PartnerKindValue = (typeof PARTNER_KINDS)[number];

const partnerFields = z.object({
  name: text(200),
  shortName: text(80),
  kind: z.enum(PartnerKind, message("validation.partnerKind")),
  committeeId: idField(message("validation.committee"), message("validation.committee")),
  address: optionalText(300),
  phone,
  email: optionalEmail,
});

export const createPartnerSchema = partnerFields;

export const updatePartnerSchema = partnerFields.extend({ version });

/** Merge: the duplicate (`duplicateId`) goes into the partner on whose page the form is. */
export const mergePartnerSchema = z.object({
  duplicateId: idField(message("validation.partnerDuplicate"), message("validation.partnerDuplicate")),
  version,
});

export type CreatePartnerInput = z.infer<typeof createPartnerSchema>;
export type UpdatePartnerInput = z.infer<typeof updatePartnerSchema>;
export type MergePartnerInput = z.infer<typeof mergePartnerSchema>;

/** The notices a partner's page shows after a save or a merge. */
export const partnerNoticeParams = z.object({
  saved: z.literal("1").optional().catch(undefined),
  merged: z.literal("1").optional().catch(undefined),
});
