import { z } from "zod";
import type { MessageKey } from "@/lib/i18n/message-key";
import { message } from "./message";

// The rules every form shares, each written once. Messages are catalog keys
// (see ./message). Optional fields may be empty or absent; both are stored
// as null.

// PostgreSQL text cannot hold a NUL character: refuse it here, not with a 500.
const noNul = (value: string) => !value.includes("\u0000");

const required = message("validation.required");

export const text = (max: number) =>
  z.string({ error: required }).trim().min(1, required).max(max, message("validation.tooLong")).refine(noNul, message("validation.invalid"));

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, message("validation.tooLong"))
    .refine(noNul, message("validation.invalid"))
    .transform((value) => (value === "" ? null : value))
    .default(null);

/** The one email rule: trimmed, lower-cased, a valid address. */
const emailAddress = z.email(message("auth.errors.emailInvalid"));

export const email = z.string().trim().toLowerCase().pipe(emailAddress);

/** An email that must be given, with its own message when it is missing (sign-in). */
export const requiredEmail = (missing: MessageKey) => z.string().trim().min(1, missing).toLowerCase().pipe(emailAddress);

export const optionalEmail = z
  .string()
  .trim()
  .toLowerCase()
  .transform((value) => (value === "" ? null : value))
  .pipe(emailAddress.nullable())
  .default(null);

export const phone = z
  .string()
  .trim()
  .regex(/^$|^[0-9+().\s-]{6,20}$/, message("validation.phone"))
  .transform((value) => (value === "" ? null : value))
  .default(null);

/** The version the form was loaded with: a stale one is refused. */
export const version = z.coerce
  .number({ error: message("validation.version") })
  .int(message("validation.version"))
  .positive(message("validation.version"))
  .max(2_147_483_647, message("validation.version")); // PostgreSQL integer

/** The one id rule: a record id as the database makes them (cuid or seed id). */
export const RECORD_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** An id field, with the messages for a missing and a malformed id. */
export const idField = (missing: MessageKey = required, invalid: MessageKey = message("validation.invalid")) =>
  z.string({ error: missing }).trim().min(1, missing).regex(RECORD_ID_PATTERN, invalid);

export const recordId = idField();

/** Ids are cuids or seed ids: anything else (a NUL byte, a 2 kB string) names no record. */
export function isRecordId(value: unknown): value is string {
  return typeof value === "string" && RECORD_ID_PATTERN.test(value);
}
