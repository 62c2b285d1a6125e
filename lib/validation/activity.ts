import { z } from "zod";
import type { MessageKey } from "@/lib/i18n/message-key";
import { dayField } from "./day";
import { idField, isRecordId, optionalText, text, version } from "./fields";
import { message } from "./message";
import { vndField } from "./money";
import { optionalWholeNumber, quantityField } from "./number";

// One activity (hoạt động): what was done for which indicator, how much, for
// how many people, with whom. The form and the Excel import (lib/import)
// validate every row with this same schema.

/** Longest texts the form takes. */
export const ACTIVITY_LIMITS = { title: 300, place: 300, description: 5000, links: 50 } as const;

/** An optional id of a linked record (campaign, agreement, conference): empty is none. */
const optionalLink = (invalid: MessageKey) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, context): string | null => {
      if (!value) return null;
      if (!isRecordId(value)) {
        context.addIssue({ code: "custom", message: invalid });
        return z.NEVER;
      }
      return value;
    });

/**
 * Several ids in one field, comma-separated (the action joins a checkbox
 * group: lib/actions/activities): distinct, each a record id.
 */
export const idList = (invalid: MessageKey) =>
  z
    .string()
    .optional()
    .transform((value, context): string[] => {
      const ids = [...new Set((value ?? "").split(",").map((id) => id.trim()).filter(Boolean))];
      if (ids.length > ACTIVITY_LIMITS.links || !ids.every(isRecordId)) {
        context.addIssue({ code: "custom", message: invalid });
        return z.NEVER;
      }
      return ids;
    });

export const activityFields = z.object({
  committeeId: idField(message("validation.committee"), message("validation.committee")),
  indicatorId: idField(message("validation.activityIndicator"), message("validation.activityIndicator")),
  title: text(ACTIVITY_LIMITS.title),
  occurredOn: dayField(),
  quantity: quantityField(),
  valueVnd: vndField({ optional: true }),
  beneficiaries: optionalWholeNumber(),
  place: optionalText(ACTIVITY_LIMITS.place),
  description: optionalText(ACTIVITY_LIMITS.description),
  campaignId: optionalLink(message("validation.activityCampaign")),
  agreementId: optionalLink(message("validation.activityAgreement")),
  conferenceId: optionalLink(message("validation.activityConference")),
  partnerIds: idList(message("validation.activityPartner")),
  committeeIds: idList(message("validation.activityCoOrganiser")),
});

export const createActivitySchema = activityFields;
export const updateActivitySchema = activityFields.extend({ version });

export type CreateActivityInput = z.infer<typeof createActivitySchema>;
export type UpdateActivityInput = z.infer<typeof updateActivitySchema>;

/** The form fields that hold several values (checkbox groups), joined with commas before parsing. */
export const ACTIVITY_LIST_FIELDS = ["partnerIds", "committeeIds"] as const;

/** The notices an activity's page shows after a save. */
export const activityNoticeParams = z.object({ saved: z.literal("1").optional().catch(undefined) });
