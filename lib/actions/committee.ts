"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { updateCommitteeProfile } from "@/lib/data/committees";
import { committeeProfileSchema } from "@/lib/validation/committee";
import { submitForm, type FormState } from "./form-state";

export async function updateCommitteeProfileAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const outcome = await submitForm(formData, committeeProfileSchema, (input) => updateCommitteeProfile(viewer, input));
  if (!outcome.ok) return outcome.state;
  const { id } = outcome.input;
  revalidatePath(`/co-quan/${id}`);
  redirect(`/co-quan/${id}?saved=1`);
}
