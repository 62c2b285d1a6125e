"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { updateCommitteeProfile } from "@/lib/data/committees";
import { committeeProfileSchema } from "@/lib/validation/committee";
import { formInput, invalidInput, refused, type FormState } from "./form-state";

export async function updateCommitteeProfileAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const parsed = committeeProfileSchema.safeParse(formInput(formData));
  if (!parsed.success) return invalidInput(parsed.error, formData);
  try {
    await updateCommitteeProfile(viewer, parsed.data);
  } catch (error) {
    return refused(error, formData);
  }
  const { id } = parsed.data;
  revalidatePath(`/co-quan/${id}`);
  redirect(`/co-quan/${id}?saved=1`);
}
