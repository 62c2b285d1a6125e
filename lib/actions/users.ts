"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { createUser, resetUserPassword, setUserDisabled, updateUser } from "@/lib/data/users";
import { createUserSchema, resetPasswordSchema, setUserDisabledSchema, updateUserSchema } from "@/lib/validation/user";
import { boundRecordId, emptyFormState, submitForm, type FormState } from "./form-state";

const USERS_PATH = "/quan-tri/nguoi-dung";

function showUser(id: string): never {
  revalidatePath(USERS_PATH);
  redirect(`${USERS_PATH}/${id}?saved=1`);
}

export async function createUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const outcome = await submitForm(formData, createUserSchema, (input) => createUser(viewer, input));
  if (!outcome.ok) return outcome.state;
  showUser(outcome.result.id);
}

export async function updateUserAction(boundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const id = boundRecordId(boundId);
  const outcome = await submitForm(formData, updateUserSchema, (input) => updateUser(viewer, id, input));
  if (!outcome.ok) return outcome.state;
  showUser(id);
}

export async function setUserDisabledAction(boundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const id = boundRecordId(boundId);
  const outcome = await submitForm(formData, setUserDisabledSchema, (input) => setUserDisabled(viewer, id, input.disabled, input.version));
  if (!outcome.ok) return outcome.state;
  showUser(id);
}

/** Resets a password: the page stays, and the form shows the one-time password once. */
export async function resetPasswordAction(boundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const id = boundRecordId(boundId);
  const outcome = await submitForm(formData, resetPasswordSchema, (input) => resetUserPassword(viewer, id, input.version));
  if (!outcome.ok) return outcome.state;
  revalidatePath(USERS_PATH);
  revalidatePath(`${USERS_PATH}/${id}`);
  return { ...emptyFormState, shownOnce: { password: outcome.result.password } };
}
