import { z } from "zod";
import { email, recordIdOf, text, version } from "./fields";

export const ROLES = ["ADMIN", "LEADER", "STAFF", "EDITOR"] as const;
export const PASSWORD_MIN_LENGTH = 10;

export const password = z
  .string()
  .min(PASSWORD_MIN_LENGTH, "validation.passwordTooShort")
  .max(200, "validation.tooLong");

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
  email: z.string().trim().min(1, "auth.errors.emailRequired").toLowerCase().pipe(z.email("auth.errors.emailInvalid")),
  password: z.string().min(1, "auth.errors.passwordRequired").max(200, "validation.tooLong"),
});

const userFields = z.object({
  email,
  name: text(120),
  role: z.enum(ROLES, "validation.role"),
  committeeId: recordIdOf("validation.committee"),
  password,
});

export const createUserSchema = userFields.refine(notTheEmail, { path: ["password"], message: "validation.passwordIsEmail" });

export const updateUserSchema = userFields.pick({ name: true, role: true, committeeId: true }).extend({ version });

// The account's email is checked against the password in the data layer,
// from the database: a form field could lie about it.
export const resetPasswordSchema = z.object({ password, version });

export const changeOwnPasswordSchema = z
  .object({
    email,
    currentPassword: z.string().min(1, "validation.required"),
    password,
    confirm: z.string(),
  })
  .refine(notTheEmail, { path: ["password"], message: "validation.passwordIsEmail" })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "validation.passwordMismatch" })
  .refine((v) => v.password !== v.currentPassword, { path: ["password"], message: "validation.passwordUnchanged" });

export type CreateUserInput = z.infer<typeof createUserSchema>;
export type UpdateUserInput = z.infer<typeof updateUserSchema>;
