import { z } from "zod";
import type { MessageKey } from "@/lib/i18n/message-key";
import { message } from "./message";

// Numbers as staff type them in Vietnamese: "," is the decimal mark and "."
// groups thousands ("1.500" people, "2,5" km), but "2.5" and "1,000,000"
// are read too:
// - "." and "," both present: the last one is the decimal mark;
// - several of the same mark: thousands ("1.000.000", "1,000,000");
// - one ",": a decimal ("2,5");
// - one ".": thousands when exactly three digits follow and at most three
//   precede ("1.500"), otherwise a decimal ("2.5", "1234.5").
// Spaces between digit groups are ignored ("1 500").

export type NumberParseError = "empty" | "invalid" | "negative" | "decimals" | "tooLarge";

export type DecimalParseResult = { ok: true; integer: string; fraction: string } | { ok: false; error: NumberParseError };

const GROUPED = (mark: string) => new RegExp(`^\\d{1,3}(?:\\${mark}\\d{3})+$`);

function splitDecimal(text: string): { integer: string; fraction: string } | null {
  const dots = text.split(".").length - 1;
  const commas = text.split(",").length - 1;
  const split = (decimalMark: "." | ",", groupMark: "." | "," | null) => {
    const at = text.lastIndexOf(decimalMark);
    const head = at < 0 ? text : text.slice(0, at);
    const fraction = at < 0 ? "" : text.slice(at + 1);
    if (!/^\d*$/.test(fraction) || (at >= 0 && fraction === "")) return null;
    if (groupMark && head.includes(groupMark)) return GROUPED(groupMark).test(head) ? { integer: head.split(groupMark).join(""), fraction } : null;
    return /^\d+$/.test(head) ? { integer: head, fraction } : null;
  };
  if (dots > 0 && commas > 0) return text.lastIndexOf(",") > text.lastIndexOf(".") ? split(",", ".") : split(".", ",");
  if (dots > 1) return GROUPED(".").test(text) ? { integer: text.split(".").join(""), fraction: "" } : null;
  if (commas > 1) return GROUPED(",").test(text) ? { integer: text.split(",").join(""), fraction: "" } : null;
  if (commas === 1) return split(",", null);
  if (dots === 1) return /^\d{1,3}\.\d{3}$/.test(text) ? { integer: text.replace(".", ""), fraction: "" } : split(".", null);
  return /^\d+$/.test(text) ? { integer: text, fraction: "" } : null;
}

/** Reads a non-negative decimal with at most `maxDecimals` decimals and `maxIntegerDigits` digits before the mark. */
export function parseDecimal(input: string, { maxDecimals, maxIntegerDigits }: { maxDecimals: number; maxIntegerDigits: number }): DecimalParseResult {
  const text = input.trim().replace(/(\d)[\s\u00a0\u202f]+(?=\d)/g, "$1");
  if (text === "") return { ok: false, error: "empty" };
  if (text.length > 40) return { ok: false, error: "invalid" };
  const negative = /^[-\u2212]/.test(text);
  const parts = splitDecimal(negative ? text.slice(1).trim() : text.replace(/^\+/, ""));
  if (!parts) return { ok: false, error: "invalid" };
  const integer = parts.integer.replace(/^0+(?=\d)/, "");
  const fraction = parts.fraction.replace(/0+$/, "");
  if (negative && (integer !== "0" || fraction !== "")) return { ok: false, error: "negative" };
  if (fraction.length > maxDecimals) return { ok: false, error: "decimals" };
  if (integer.length > maxIntegerDigits) return { ok: false, error: "tooLarge" };
  return { ok: true, integer, fraction };
}

const MESSAGES: Record<NumberParseError, MessageKey> = {
  empty: message("validation.required"),
  invalid: message("validation.number"),
  negative: message("validation.notNegative"),
  decimals: message("validation.decimals"),
  tooLarge: message("validation.numberTooLarge"),
};

/**
 * A quantity: a non-negative decimal with two decimals at most, as
 * PostgreSQL numeric(14,2) holds it, returned as its canonical text
 * ("1500", "2.5") for Prisma's Decimal.
 */
export const quantityField = () =>
  z.string({ error: message("validation.required") }).transform((text, context): string => {
    const parsed = parseDecimal(text, { maxDecimals: 2, maxIntegerDigits: 12 });
    if (!parsed.ok) {
      context.addIssue({ code: "custom", message: MESSAGES[parsed.error] });
      return z.NEVER;
    }
    return parsed.fraction ? `${parsed.integer}.${parsed.fraction}` : parsed.integer;
  });

const MAX_INT = 2_147_483_647; // PostgreSQL integer

/** An optional count of people, things…: a whole number ≥ 0, null when empty. */
export const optionalWholeNumber = () =>
  z
    .string()
    .optional()
    .transform((text, context): number | null => {
      if (text === undefined || text.trim() === "") return null;
      const parsed = parseDecimal(text, { maxDecimals: 0, maxIntegerDigits: 10 });
      if (!parsed.ok) {
        context.addIssue({ code: "custom", message: parsed.error === "decimals" || parsed.error === "invalid" ? message("validation.wholeNumber") : MESSAGES[parsed.error] });
        return z.NEVER;
      }
      const value = Number(parsed.integer);
      if (value > MAX_INT) {
        context.addIssue({ code: "custom", message: MESSAGES.tooLarge });
        return z.NEVER;
      }
      return value;
    });
