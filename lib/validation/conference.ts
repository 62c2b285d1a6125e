import { z } from "zod";
import { ConferenceKind } from "@/lib/generated/prisma/enums";
import { parsePeriodCode, type PeriodCode } from "@/lib/periods";
import { idField, isRecordId, optionalText, text, version } from "./fields";
import { message } from "./message";
import { optionalCount, optionalTime, recordDate } from "./record";

/** The kinds of conference (sơ kết, tổng kết, giao ban…), from the Prisma enum (schema order). */
export const CONFERENCE_KINDS = Object.values(ConferenceKind);
export type ConferenceKindValue = (typeof CONFERENCE_KINDS)[number];

/** A co-host as the form names it: `committee:<id>` or `partner:<id>`. */
export type CoHostRef = { committeeId: string } | { partnerId: string };

export const MAX_CO_HOSTS = 20;

/** The form's co-host selects are named coHost0, coHost1…: one per row, empty rows ignored. */
export const coHostField = (index: number) => `coHost${index}`;

export function coHostValue(ref: CoHostRef): string {
  return "committeeId" in ref ? `committee:${ref.committeeId}` : `partner:${ref.partnerId}`;
}

function coHostRef(value: string): CoHostRef | null {
  const [type, id, ...rest] = value.split(":");
  if (rest.length > 0 || !isRecordId(id)) return null;
  if (type === "committee") return { committeeId: id };
  if (type === "partner") return { partnerId: id };
  return null;
}

const coHosts = z
  .array(z.string())
  .default([])
  .transform((values, context) => {
    const refs: CoHostRef[] = [];
    const seen = new Set<string>();
    for (const raw of values) {
      const value = raw.trim();
      if (value === "") continue;
      const ref = coHostRef(value);
      if (!ref) {
        context.addIssue({ code: "custom", message: message("validation.coHost") });
        return z.NEVER;
      }
      if (seen.has(value)) {
        context.addIssue({ code: "custom", message: message("validation.coHostTwice") });
        return z.NEVER;
      }
      seen.add(value);
      refs.push(ref);
    }
    if (refs.length > MAX_CO_HOSTS) {
      context.addIssue({ code: "custom", message: message("validation.tooManyCoHosts") });
      return z.NEVER;
    }
    return refs;
  });

/** The period a conference reviews, as a `ky` code ("2023-H1", "dot-<phase id>"); empty is none. */
const reviewedPeriod = z
  .string()
  .trim()
  .default("")
  .transform((value, context): PeriodCode | null => {
    if (value === "") return null;
    const code = parsePeriodCode(value);
    if (code) return code;
    context.addIssue({ code: "custom", message: message("validation.conferencePeriod") });
    return z.NEVER;
  });

const optionalId = (invalid: Parameters<typeof idField>[1]) =>
  z
    .string()
    .trim()
    .default("")
    .pipe(z.union([z.literal(""), idField(invalid, invalid)]))
    .transform((value) => (value === "" ? null : value));

const conferenceFields = z.object({
  committeeId: idField(message("validation.committee"), message("validation.committee")),
  kind: z.enum(ConferenceKind, message("validation.conferenceKind")),
  title: text(500),
  heldOn: recordDate,
  startTime: optionalTime,
  place: optionalText(300),
  chairName: optionalText(200),
  chairTitle: optionalText(300),
  attendance: optionalCount,
  reviewedPeriod,
  agreementId: optionalId(message("validation.conferenceAgreement")),
  campaignId: optionalId(message("validation.conferenceCampaign")),
  coHosts,
  summary: optionalText(10_000),
  conclusions: optionalText(20_000),
  directions: optionalText(20_000),
});

/** The form's checkbox that removes a photo on save: removePhoto-<photo id>. */
export const REMOVE_PHOTO_FIELD = "removePhoto-";

/**
 * Gathers the repeated rows of the form (each its own name, since a form
 * state keeps one value per name): coHost0, coHost1… into `coHosts`, in
 * order, and the ticked removePhoto-<id> boxes into `removePhotos`.
 */
function gatherRows(input: unknown): unknown {
  if (input === null || typeof input !== "object" || Array.isArray(input)) return input;
  const fields = input as Record<string, unknown>;
  const coHostRows = Object.keys(fields)
    .map((key) => ({ key, index: /^coHost(\d{1,3})$/.exec(key)?.[1] }))
    .filter((row): row is { key: string; index: string } => row.index !== undefined)
    .sort((a, b) => Number(a.index) - Number(b.index));
  const removed = Object.keys(fields)
    .filter((key) => key.startsWith(REMOVE_PHOTO_FIELD) && fields[key] !== "")
    .map((key) => key.slice(REMOVE_PHOTO_FIELD.length));
  return {
    ...fields,
    ...(coHostRows.length > 0 ? { coHosts: coHostRows.map((row) => fields[row.key]).filter((value): value is string => typeof value === "string") } : {}),
    removePhotos: removed,
  };
}

export const createConferenceSchema = z.preprocess(gatherRows, conferenceFields);

export const updateConferenceSchema = z.preprocess(
  gatherRows,
  conferenceFields.extend({
    version,
    removePhotos: z.array(idField()).max(100).default([]),
  }),
);

export type CreateConferenceInput = z.infer<typeof createConferenceSchema>;
export type UpdateConferenceInput = z.infer<typeof updateConferenceSchema>;

/** The notices a conference's page shows after a save. */
export const conferenceNoticeParams = z.object({
  saved: z.literal("1").optional().catch(undefined),
});
