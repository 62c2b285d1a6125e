import { z } from "zod";

// Messages are catalog keys (lib/i18n), translated where the error is shown.
// Optional fields may be empty or absent; both are stored as null.

// PostgreSQL text cannot hold a NUL character: refuse it here, not with a 500.
const noNul = (value: string) => !value.includes("\u0000");

export const text = (max: number) =>
  z.string({ error: "validation.required" }).trim().min(1, "validation.required").max(max, "validation.tooLong").refine(noNul, "validation.invalid");

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "validation.tooLong")
    .refine(noNul, "validation.invalid")
    .transform((value) => (value === "" ? null : value))
    .default(null);

export const email = z.string().trim().toLowerCase().pipe(z.email("auth.errors.emailInvalid"));

export const optionalEmail = z
  .string()
  .trim()
  .toLowerCase()
  .transform((value) => (value === "" ? null : value))
  .pipe(z.email("auth.errors.emailInvalid").nullable())
  .default(null);

export const phone = z
  .string()
  .trim()
  .regex(/^$|^[0-9+().\s-]{6,20}$/, "validation.phone")
  .transform((value) => (value === "" ? null : value))
  .default(null);

/** The version the form was loaded with: a stale one is refused. */
export const version = z.coerce
  .number({ error: "validation.version" })
  .int("validation.version")
  .positive("validation.version")
  .max(2_147_483_647, "validation.version"); // PostgreSQL integer

/** The one rule for record ids, as the database makes them (cuid or seed id). */
export const RECORD_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** A record id; a NUL byte or a 2 kB string names no record. */
export const recordIdOf = (message: string) => z.string({ error: message }).trim().min(1, message).regex(RECORD_ID_PATTERN, message);

export const recordId = z.string({ error: "validation.required" }).trim().min(1, "validation.required").regex(RECORD_ID_PATTERN, "validation.invalid");

/** A free-text filter from the URL: control characters (NUL among them) are dropped, never sent to the database. */
export const filterText = (max: number) =>
  z
    .string()
    .transform((value) => value.replace(/[\u0000-\u001f\u007f]/g, "").trim())
    .pipe(z.string().max(max))
    .optional()
    .catch(undefined);
