import { z } from "zod";
import type { MessageKey } from "@/lib/i18n/message-key";
import { message } from "./message";

// A calendar day typed in a form (<input type="date"> sends yyyy-mm-dd): a
// real day between 1900 and 2100, as the date-only value a `@db.Date` column
// holds (UTC midnight). Optional days may be empty (null).

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** yyyy-mm-dd → UTC midnight of that day, or null when it is no real day. */
export function parseDay(value: string): Date | null {
  const match = DAY.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2100) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/** A day as a form field holds it (yyyy-mm-dd). */
export function dayValue(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 10) : "";
}

const required = message("validation.required");

export const requiredDay = (invalid: MessageKey) =>
  z
    .string({ error: required })
    .trim()
    .min(1, required)
    .transform((value, context) => {
      const day = parseDay(value);
      if (day) return day;
      context.addIssue({ code: "custom", message: invalid });
      return z.NEVER;
    });

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
