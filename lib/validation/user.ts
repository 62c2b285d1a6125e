import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { email, idField, requiredEmail, text, version } from "./fields";
import { message } from "./message";

/** The roles, from the Prisma enum (schema order). */
export const ROLES = Object.values(Role);
export const PASSWORD_MIN_LENGTH = 10;

export const password = z
  .string()
  .min(PASSWORD_MIN_LENGTH, message("validation.passwordTooShort"))
  .max(200, message("validation.tooLong"));

/** A password must not be the account's own email (or its name part). */
export function passwordIsEmail(password: string, email: string): boolean {
  const p = password.trim().toLowerCase();
  const e = email.trim().toLowerCase();
  return p === e || p === e.split("@")[0];
}

const notTheEmail = (value: { email: string; password: string }) => !passwordIsEmail(value.password, value.email);

// Shared by the sign-in form (checked in the browser before posting) and
// next-auth's authorize (checked again on the server).
export const signInSchema = z.object({
  email: requiredEmail(message("auth.errors.emailRequired")),
  password: z.string().min(1, message("auth.errors.passwordRequired")).max(200, message("validation.tooLong")),
});

const userFields = z.object({
  email,
  name: text(120),
  role: z.enum(Role, message("validation.role")),
  committeeId: idField(message("validation.committee"), message("validation.committee")),
  password,
});

export const createUserSchema = userFields.refine(notTheEmail, { path: ["password"], message: message("validation.passwordIsEmail") });

export const updateUserSchema = userFields.pick({ name: true, role: true, committeeId: true }).extend({ version });

// A reset takes no password: the data layer makes a one-time password.
export const resetPasswordSchema = z.object({ version });

/** Disable (`disabled=true`) or re-enable an account. */
export const setUserDisabledSchema = z.object({ disabled: z.enum(["true", "false"]).transform((v) => v === "true"), version });

export const changeOwnPasswordSchema = z
  .object({
    email,
    currentPassword: z.string().min(1, message("validation.required")),
    password,
    confirm: z.string(),
  })
  .refine(notTheEmail, { path: ["password"], message: message("validation.passwordIsEmail") })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: message("validation.passwordMismatch") })
  .refine((v) => v.password !== v.currentPassword, { path: ["password"], message: message("validation.passwordUnchanged") });

export type CreateUserInput = z.infer<typeof createUserSchema>;
export type UpdateUserInput = z.infer<typeof updateUserSchema>;
