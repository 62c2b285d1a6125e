"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { createHousingProgramme, updateHousingProgramme } from "@/lib/data/housing-programmes";
import { HOUSING_PROGRAMMES_PATH } from "@/lib/records/paths";
import { createHousingProgrammeSchema, updateHousingProgrammeSchema } from "@/lib/validation/housing-programme";
import { submitForm, type FormState } from "./form-state";

function backToList(): never {
  revalidatePath(HOUSING_PROGRAMMES_PATH);
  redirect(`${HOUSING_PROGRAMMES_PATH}?saved=1`);
}

export async function createHousingProgrammeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const outcome = await submitForm(formData, createHousingProgrammeSchema, (input) => createHousingProgramme(viewer, input));
  if (!outcome.ok) return outcome.state;
  backToList();
}

export async function updateHousingProgrammeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const outcome = await submitForm(formData, updateHousingProgrammeSchema, (input) => updateHousingProgramme(viewer, input));
  if (!outcome.ok) return outcome.state;
  backToList();
}
