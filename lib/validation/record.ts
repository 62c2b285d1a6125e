import { z } from "zod";
import { RECORD_PATHS } from "@/lib/records/paths";
import { recordId, version } from "./fields";
import { message } from "./message";

/** The record types that share delete, restore and history. */
export const recordKind = z.enum(Object.keys(RECORD_PATHS) as [keyof typeof RECORD_PATHS, ...(keyof typeof RECORD_PATHS)[]]);

export const deleteRecordSchema = z.object({ version });

export const restoreRecordSchema = z.object({ kind: recordKind, id: recordId });

// The fields record forms share. Dates are calendar days stored as UTC
// midnight (a @db.Date column); a phone's date picker sends yyyy-mm-dd, a
// typed date may be dd/mm/yyyy.

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TYPED_DAY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** A calendar day from yyyy-mm-dd or dd/mm/yyyy, as UTC midnight; null when it is not a real day. */
export function parseDay(text: string): Date | null {
  const value = text.trim();
  const iso = ISO_DAY.exec(value);
  const typed = iso ? null : TYPED_DAY.exec(value);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : typed ? [typed[3], typed[2], typed[1]] : [];
  if (!year || !month || !day) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const real = date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
  return real && Number(year) >= 1900 && Number(year) <= 9999 ? date : null;
}

/** The record's own date (held on, occurred on…): required, a real day. */
export const recordDate = z
  .string({ error: message("validation.required") })
  .trim()
  .min(1, message("validation.required"))
  .transform((text, context) => {
    const day = parseDay(text);
    if (day) return day;
    context.addIssue({ code: "custom", message: message("validation.date") });
    return z.NEVER;
  });

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
