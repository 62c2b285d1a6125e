import { z } from "zod";
import { ModelField, ModelStatus, RecognitionLevel } from "@/lib/generated/prisma/enums";
import { vietnamToday } from "@/lib/time/vietnam";
import { dayField, optionalDay } from "./day";
import { idField, isRecordId, optionalText, text, version } from "./fields";
import { message } from "./message";

// One exemplary model (mô hình, điển hình "Dân vận khéo"): registered by a
// committee on a day, later recognised as effective at a level on a day.
// Reports count both: models registered and models recognised in a period.

export const MODEL_FIELDS = Object.values(ModelField);
export const MODEL_STATUSES = Object.values(ModelStatus);
export const RECOGNITION_LEVELS = Object.values(RecognitionLevel);

export type ModelFieldValue = (typeof MODEL_FIELDS)[number];
export type ModelStatusValue = (typeof MODEL_STATUSES)[number];
export type RecognitionLevelValue = (typeof RECOGNITION_LEVELS)[number];

export const MODEL_LIMITS = { name: 500, description: 10_000 } as const;

/** The form's checkbox that removes a photo on save: removePhoto-<photo id> (as the conference form). */
export const REMOVE_MODEL_PHOTO_FIELD = "removePhoto-";

const optionalCampaign = z
  .string()
  .trim()
  .default("")
  .transform((value, context): string | null => {
    if (value === "") return null;
    if (isRecordId(value)) return value;
    context.addIssue({ code: "custom", message: message("validation.conferenceCampaign") });
    return z.NEVER;
  });

/** A recognition level, or none when the box is left empty. */
const optionalLevel = z
  .string()
  .trim()
  .default("")
  .transform((value, context): RecognitionLevelValue | null => {
    if (value === "") return null;
    if ((RECOGNITION_LEVELS as string[]).includes(value)) return value as RecognitionLevelValue;
    context.addIssue({ code: "custom", message: message("validation.modelLevel") });
    return z.NEVER;
  });

const modelFields = z.object({
  committeeId: idField(message("validation.committee"), message("validation.committee")),
  name: text(MODEL_LIMITS.name),
  field: z.enum(ModelField, message("validation.modelField")),
  campaignId: optionalCampaign,
  registeredOn: dayField(),
  status: z.enum(ModelStatus, message("validation.modelStatus")),
  recognitionLevel: optionalLevel,
  recognisedOn: optionalDay(message("validation.date")),
  description: optionalText(MODEL_LIMITS.description),
});

type ModelFields = z.infer<typeof modelFields>;

/** A recognised model names its level and a day, neither in the future nor before its registration. */
function recognitionRules<T extends ModelFields>(input: T, context: z.RefinementCtx): void {
  if (input.status !== "RECOGNISED") return;
  if (!input.recognitionLevel) context.addIssue({ code: "custom", path: ["recognitionLevel"], message: message("validation.modelLevel") });
  if (!input.recognisedOn) {
    context.addIssue({ code: "custom", path: ["recognisedOn"], message: message("validation.modelRecognisedOn") });
  } else if (input.recognisedOn.getTime() > vietnamToday().getTime()) {
    context.addIssue({ code: "custom", path: ["recognisedOn"], message: message("validation.modelRecognisedFuture") });
  } else if (input.recognisedOn.getTime() < input.registeredOn.getTime()) {
    context.addIssue({ code: "custom", path: ["recognisedOn"], message: message("validation.modelRecognisedBeforeRegistered") });
  }
}

/** A registered model keeps no level or day of recognition (what was typed there goes with the status). */
function normalise<T extends ModelFields>(input: T): T {
  return input.status === "RECOGNISED" ? input : { ...input, recognitionLevel: null, recognisedOn: null };
}

/** Gathers the ticked removePhoto-<id> boxes into `removePhotos`. */
function gatherRemovedPhotos(input: unknown): unknown {
  if (input === null || typeof input !== "object" || Array.isArray(input)) return input;
  const fields = input as Record<string, unknown>;
  const removed = Object.keys(fields)
    .filter((key) => key.startsWith(REMOVE_MODEL_PHOTO_FIELD) && fields[key] !== "")
    .map((key) => key.slice(REMOVE_MODEL_PHOTO_FIELD.length));
  return { ...fields, removePhotos: removed };
}

export const createModelSchema = modelFields.superRefine(recognitionRules).transform((input) => normalise(input));

export const updateModelSchema = z
  .preprocess(gatherRemovedPhotos, modelFields.extend({ version, removePhotos: z.array(idField()).max(100).default([]) }).superRefine(recognitionRules))
  .transform((input) => normalise(input));

export type CreateModelInput = z.output<typeof createModelSchema>;
export type UpdateModelInput = z.output<typeof updateModelSchema>;

/** The notices a model's page shows after a save. */
export const modelNoticeParams = z.object({ saved: z.literal("1").optional().catch(undefined) });
