import { z } from "zod";
import { recordId, text, version } from "./fields";
import { message } from "./message";

// The indicator catalog admins keep (/quan-tri/chi-so): what is counted and
// how its delivered figure is computed (SQL indicator_contributions).

export const INDICATOR_SOURCES = ["ACTIVITY_QUANTITY", "ACTIVITY_VALUE", "HOUSE_COUNT", "HOUSE_VALUE", "CONFERENCE_COUNT", "MODEL_REGISTERED", "MODEL_RECOGNISED", "AGREEMENT_COUNT"] as const;
export const CONFERENCE_KINDS = ["INTERIM_REVIEW", "YEAR_END_REVIEW", "BRIEFING", "LAUNCH", "SEMINAR", "THEMATIC", "SIGNING"] as const;
export const HOUSE_ATTRIBUTIONS = ["HANDED_OVER_BY", "FUNDED_BY"] as const;

const position = z.coerce
  .number({ error: message("validation.position") })
  .int(message("validation.position"))
  .min(0, message("validation.position"))
  .max(10_000, message("validation.position"));

const checkbox = z
  .string()
  .optional()
  .transform((value) => value === "1" || value === "on");

/** An empty select is "none". */
const noneOr = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" || value === undefined ? null : value), schema.nullable());

const fields = {
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z][A-Z0-9_]{1,39}$/, message("indicators.validation.code")),
  name: text(200),
  unit: text(40),
  source: z.enum(INDICATOR_SOURCES, message("indicators.validation.source")),
  conferenceKind: noneOr(z.enum(CONFERENCE_KINDS, message("validation.invalid"))),
  housingProgrammeId: noneOr(recordId),
  houseAttribution: z.enum(HOUSE_ATTRIBUTIONS, message("validation.invalid")).catch("HANDED_OVER_BY"),
  position,
};

/** Parameters only where the source reads them: a kind for conferences, a programme and attribution for houses. */
function onlyMeaningful<T extends { source: (typeof INDICATOR_SOURCES)[number]; conferenceKind: string | null; housingProgrammeId: string | null; houseAttribution: string }>(input: T): T {
  const house = input.source === "HOUSE_COUNT" || input.source === "HOUSE_VALUE";
  return {
    ...input,
    conferenceKind: input.source === "CONFERENCE_COUNT" ? input.conferenceKind : null,
    housingProgrammeId: house ? input.housingProgrammeId : null,
    houseAttribution: house ? input.houseAttribution : "HANDED_OVER_BY",
  };
}

export const createIndicatorSchema = z.object(fields).transform(onlyMeaningful);
export const updateIndicatorSchema = z.object({ ...fields, id: recordId, active: checkbox, version }).transform(onlyMeaningful);

export type CreateIndicatorInput = z.infer<typeof createIndicatorSchema>;
export type UpdateIndicatorInput = z.infer<typeof updateIndicatorSchema>;
