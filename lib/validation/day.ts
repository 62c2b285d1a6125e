import { z } from "zod";
import type { MessageKey } from "@/lib/i18n/message-key";
import { message } from "./message";

// A calendar day as forms and spreadsheets give it: `2024-03-15` (a date
// input, an ISO cell) or `15/03/2024` (typed the Vietnamese way; `15-3-2024`
// and `15.3.2024` too). It becomes a date-only value (UTC midnight, like a
// `@db.Date` column). A day that does not exist (31/02) is refused.

export const DAY_YEARS = { min: 1900, max: 2100 } as const;

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** The day a text names, or null. */
export function parseDay(text: string): Date | null {
  const value = text.trim();
  const iso = ISO.exec(value);
  const dmy = iso ? null : DMY.exec(value);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  if (!year || !month || !day) return null;
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (y < DAY_YEARS.min || y > DAY_YEARS.max) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : null;
}

/** `yyyy-mm-dd` of a date-only value: what a date input shows. */
export function dayInputValue(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 10) : "";
}

/** A required day field. */
export const dayField = () =>
  z.string({ error: message("validation.required") }).transform((text, context): Date => {
    if (text.trim() === "") {
      context.addIssue({ code: "custom", message: message("validation.required") });
      return z.NEVER;
    }
    const day = parseDay(text);
    if (!day) {
      context.addIssue({ code: "custom", message: message("validation.date") });
      return z.NEVER;
    }
    return day;
  });

/** A required day whose malformed value gets `invalid` (agreements' dates name which date). */
export const requiredDay = (invalid: MessageKey) =>
  z
    .string({ error: message("validation.required") })
    .trim()
    .min(1, message("validation.required"))
    .transform((value, context) => {
      const day = parseDay(value);
      if (day) return day;
      context.addIssue({ code: "custom", message: invalid });
      return z.NEVER;
    });

/** An optional day: empty is null. */
export const optionalDay = (invalid: MessageKey) =>
  z
    .string()
    .trim()
    .default("")
    .transform((value, context): Date | null => {
      if (value === "") return null;
      const day = parseDay(value);
      if (day) return day;
      context.addIssue({ code: "custom", message: invalid });
      return z.NEVER;
    });
