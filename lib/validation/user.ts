import { z } from "zod";
import { email, text, version } from "./fields";

export const ROLES = ["ADMIN", "LEADER", "STAFF", "EDITOR"] as const;
export const PASSWORD_MIN_LENGTH = 10;

export const password = z
  .string()
  .min(PASSWORD_MIN_LENGTH, "validation.passwordTooShort")
  .max(200, "validation.tooLong");

/** A password must not be the account's own email (or its name part). */
function notTheEmail(value: { email: string; password: string }) {
  const p = value.password.trim().toLowerCase();
  const e = value.email.trim().toLowerCase();
  return p !== e && p !== e.split("@")[0];
}

export const signInSchema = z.object({
  email,
  password: z.string().min(1, "validation.required").max(200, "validation.tooLong"),
});

const userFields = z.object({
  email,
  name: text(120),
  role: z.enum(ROLES, "validation.role"),
  committeeId: z.string({ error: "validation.committee" }).trim().min(1, "validation.committee").max(64, "validation.committee"),
  password,
});

export const createUserSchema = userFields.refine(notTheEmail, { path: ["password"], message: "validation.passwordIsEmail" });

export const updateUserSchema = userFields.pick({ name: true, role: true, committeeId: true }).extend({ version });

export const resetPasswordSchema = z
  .object({ email, password, version })
  .refine(notTheEmail, { path: ["password"], message: "validation.passwordIsEmail" });

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
