import { z } from "zod";
import { RECORD_PATHS } from "@/lib/records/paths";
import { recordId, version } from "./fields";
import { dayField } from "./day";
import { message } from "./message";

/** The record types that share delete, restore and history. */
export const recordKind = z.enum(Object.keys(RECORD_PATHS) as [keyof typeof RECORD_PATHS, ...(keyof typeof RECORD_PATHS)[]]);

export const deleteRecordSchema = z.object({ version });

export const restoreRecordSchema = z.object({ kind: recordKind, id: recordId });

// The fields record forms share. Dates are calendar days stored as UTC
// midnight (a @db.Date column), read by lib/validation/day.

/** The record's own date (held on, occurred on…): required, a real day. */
export const recordDate = dayField();

/** A time of day "08:00" (or "8h30", "14h"), kept as 1970-01-01T08:00Z for a TIME column; empty is null. */
export const optionalTime = z
  .string()
  .trim()
  .default("")
  .transform((text, context) => {
    if (text === "") return null;
    const match = /^(\d{1,2})(?:[:hH.](\d{2})?)?$/.exec(text);
    const hours = Number(match?.[1]);
    const minutes = Number(match?.[2] ?? 0);
    if (!match || hours > 23 || minutes > 59) {
      context.addIssue({ code: "custom", message: message("validation.time") });
      return z.NEVER;
    }
    return new Date(Date.UTC(1970, 0, 1, hours, minutes));
  });

/** "08:00" for a TIME column's value. */
export function timeText(time: Date | null): string {
  return time ? time.toISOString().slice(11, 16) : "";
}

/** How many (people attending, beneficiaries): optional, a whole number from 0, "1.200" read as 1200. */
export const optionalCount = z
  .string()
  .trim()
  .default("")
  .transform((text, context) => {
    if (text === "") return null;
    if (!/^[-−]?(\d+|\d{1,3}([.\s]\d{3})+)$/.test(text)) {
      context.addIssue({ code: "custom", message: message("validation.wholeNumber") });
      return z.NEVER;
    }
    const value = Number(text.replace(/[.\s]/g, "").replace("−", "-"));
    if (value < 0) {
      context.addIssue({ code: "custom", message: message("validation.notNegative") });
      return z.NEVER;
    }
    if (value > 2_147_483_647) {
      context.addIssue({ code: "custom", message: message("validation.numberTooLarge") });
      return z.NEVER;
    }
    return value;
  });
