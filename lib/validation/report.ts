import { z } from "zod";
import { isRecordId, text, version } from "./fields";
import { message } from "./message";

// A period report's form: its number in the committee's register, the five
// narrative sections of a dân vận report (PARTY-REPORTS.md) and an
// explanation per indicator (inputs named `explanations.<indicator id>`).

export const REPORT_SECTIONS = ["situation", "results", "shortcomings", "recommendations", "directions"] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

export const REPORT_LIMITS = { section: 20_000, explanation: 2_000, symbol: 40, reason: 2_000, number: 99_999 } as const;

const EXPLANATION_PREFIX = "explanations.";

const noNul = (value: string) => !value.includes("\u0000");
const longText = (max: number) => z.string().trim().max(max, message("validation.tooLong")).refine(noNul, message("validation.invalid")).default("");

const reportFields = z.object({
  version,
  intent: z.enum(["save", "submit"]).catch("save"),
  documentNumber: z
    .string()
    .trim()
    .optional()
    .transform((value, context): number | null => {
      if (!value) return null;
      const number = Number(value);
      if (!/^\d{1,5}$/.test(value) || number < 1 || number > REPORT_LIMITS.number) {
        context.addIssue({ code: "custom", message: message("validation.reportNumber") });
        return z.NEVER;
      }
      return number;
    }),
  documentSymbol: text(REPORT_LIMITS.symbol).regex(/^[\p{L}\d/.\-]+$/u, message("validation.reportSymbol")),
  situation: longText(REPORT_LIMITS.section),
  results: longText(REPORT_LIMITS.section),
  shortcomings: longText(REPORT_LIMITS.section),
  recommendations: longText(REPORT_LIMITS.section),
  directions: longText(REPORT_LIMITS.section),
  explanations: z.record(z.string().refine(isRecordId), longText(REPORT_LIMITS.explanation)).default({}),
});

/** The form's flat inputs, with `explanations.<id>` gathered into one record. */
export const reportSchema = z.preprocess((raw) => {
  if (typeof raw !== "object" || raw === null) return raw;
  const explanations: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith(EXPLANATION_PREFIX)) explanations[key.slice(EXPLANATION_PREFIX.length)] = value;
    else rest[key] = value;
  }
  return { ...rest, explanations };
}, reportFields);

export type ReportInput = z.infer<typeof reportFields>;

/** The field (input id) of an indicator's explanation. */
export const explanationField = (indicatorId: string) => `${EXPLANATION_PREFIX}${indicatorId}`;

/** Creating a report: the committee and the period code (the page's ban and ky). */
export const createReportSchema = z.object({
  committeeId: z.string().refine(isRecordId, message("validation.invalid")),
  ky: z.string().trim().min(1, message("validation.invalid")).max(40, message("validation.invalid")),
});

/** A step of the workflow on a version the viewer saw; returning and reopening give a reason. */
export const reportStepSchema = z.object({ version });
export const reportReasonSchema = z.object({ version, reason: text(REPORT_LIMITS.reason) });
