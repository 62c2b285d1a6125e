"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { createIndicator, updateIndicator } from "@/lib/data/indicators";
import { INDICATORS_PATH } from "@/lib/records/paths";
import { createIndicatorSchema, updateIndicatorSchema } from "@/lib/validation/indicator";
import { submitForm, type FormState } from "./form-state";

function backToList(): never {
  revalidatePath(INDICATORS_PATH);
  redirect(`${INDICATORS_PATH}?saved=1`);
}

export async function createIndicatorAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const outcome = await submitForm(formData, createIndicatorSchema, (input) => createIndicator(viewer, input));
  if (!outcome.ok) return outcome.state;
  backToList();
}

export async function updateIndicatorAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const outcome = await submitForm(formData, updateIndicatorSchema, (input) => updateIndicator(viewer, input));
  if (!outcome.ok) return outcome.state;
  backToList();
}
