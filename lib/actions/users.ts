"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireViewer } from "@/lib/auth/viewer";
import { createUser, resetUserPassword, setUserDisabled, updateUser } from "@/lib/data/users";
import { version } from "@/lib/validation/fields";
import { createUserSchema, resetPasswordSchema, updateUserSchema } from "@/lib/validation/user";
import { formInput, invalidInput, refused, type FormState } from "./form-state";

const USERS_PATH = "/quan-tri/nguoi-dung";

export async function createUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const parsed = createUserSchema.safeParse(formInput(formData));
  if (!parsed.success) return invalidInput(parsed.error, formData);
  let id: string;
  try {
    id = (await createUser(viewer, parsed.data)).id;
  } catch (error) {
    return refused(error, formData);
  }
  revalidatePath(USERS_PATH);
  redirect(`${USERS_PATH}/${id}?saved=1`);
}

export async function updateUserAction(id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const parsed = updateUserSchema.safeParse(formInput(formData));
  if (!parsed.success) return invalidInput(parsed.error, formData);
  try {
    await updateUser(viewer, id, parsed.data);
  } catch (error) {
    return refused(error, formData);
  }
  revalidatePath(USERS_PATH);
  redirect(`${USERS_PATH}/${id}?saved=1`);
}

const disableSchema = z.object({ disabled: z.enum(["true", "false"]).transform((v) => v === "true"), version });

export async function setUserDisabledAction(id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const parsed = disableSchema.safeParse(formInput(formData));
  if (!parsed.success) return invalidInput(parsed.error, formData);
  try {
    await setUserDisabled(viewer, id, parsed.data.disabled, parsed.data.version);
  } catch (error) {
    return refused(error, formData);
  }
  revalidatePath(USERS_PATH);
  redirect(`${USERS_PATH}/${id}?saved=1`);
}

export async function resetPasswordAction(id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const parsed = resetPasswordSchema.safeParse(formInput(formData));
  if (!parsed.success) return invalidInput(parsed.error, formData);
  try {
    await resetUserPassword(viewer, id, parsed.data.password, parsed.data.version);
  } catch (error) {
    return refused(error, formData);
  }
  revalidatePath(USERS_PATH);
  redirect(`${USERS_PATH}/${id}?saved=1`);
}
