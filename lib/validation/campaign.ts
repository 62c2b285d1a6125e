import { z } from "zod";
import { dayField, optionalDay } from "./day";
import { idField, optionalText, text, version } from "./fields";
import { message } from "./message";

// A campaign (phong trào thi đua, cuộc vận động) launched by a committee, and
// its phases (đợt), each run by one committee with its own dates: a phase is
// a reporting period of its own (period code dot-<phase id>), with targets and
// a report like a calendar period.

export const CAMPAIGN_LIMITS = { name: 300, description: 5000, phaseName: 200 } as const;

const committeeId = idField(message("validation.committee"), message("validation.committee"));

/** An end, when given, is not before the start. */
function endNotBeforeStart(input: { startsOn: Date; endsOn: Date | null }, context: z.RefinementCtx): void {
  if (input.endsOn && input.endsOn.getTime() < input.startsOn.getTime()) {
    context.addIssue({ code: "custom", path: ["endsOn"], message: message("validation.endsBeforeStart") });
  }
}

/** The launching committee; empty is nationwide (admins only, checked in the data layer). */
const launcher = z
  .string()
  .trim()
  .default("")
  .pipe(z.union([z.literal(""), committeeId]))
  .transform((value) => (value === "" ? null : value));

const campaignFields = z.object({
  committeeId: launcher,
  name: text(CAMPAIGN_LIMITS.name),
  startsOn: dayField(),
  endsOn: optionalDay(message("validation.date")),
  description: optionalText(CAMPAIGN_LIMITS.description),
});

export const createCampaignSchema = campaignFields.superRefine(endNotBeforeStart);
export const updateCampaignSchema = campaignFields.extend({ version }).superRefine(endNotBeforeStart);

export type CreateCampaignInput = z.output<typeof createCampaignSchema>;
export type UpdateCampaignInput = z.output<typeof updateCampaignSchema>;

const phaseFields = z.object({
  committeeId,
  name: text(CAMPAIGN_LIMITS.phaseName),
  startsOn: dayField(),
  endsOn: dayField(),
});

export const createPhaseSchema = phaseFields.superRefine(endNotBeforeStart);
export const updatePhaseSchema = phaseFields.extend({ version }).superRefine(endNotBeforeStart);
export const deletePhaseSchema = z.object({ version });

export type PhaseInput = z.output<typeof createPhaseSchema>;
export type UpdatePhaseInput = z.output<typeof updatePhaseSchema>;

/** The notices a campaign's page shows after a save. */
export const campaignNoticeParams = z.object({
  saved: z.literal("1").optional().catch(undefined),
  dot: z.enum(["them", "sua", "xoa"]).optional().catch(undefined),
});
