"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { createConference, updateConference } from "@/lib/data/conferences";
import { recordPhotoUploads } from "@/lib/files/uploads";
import { RECORD_PATHS } from "@/lib/records/paths";
import { createConferenceSchema, updateConferenceSchema } from "@/lib/validation/conference";
import { boundRecordId, submitForm, type FormState } from "./form-state";

const CONFERENCES_PATH = RECORD_PATHS.conference;

/** The form's photo field (the photo picker's inputs). */
const PHOTOS_FIELD = "photos";

const uploadedPhotos = (formData: FormData) => recordPhotoUploads(formData, PHOTOS_FIELD);

function showConference(id: string): never {
  revalidatePath(CONFERENCES_PATH);
  redirect(`${CONFERENCES_PATH}/${id}?saved=1`);
}

export async function createConferenceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const outcome = await submitForm(formData, createConferenceSchema, async (input) => createConference(viewer, input, await uploadedPhotos(formData)));
  if (!outcome.ok) return outcome.state;
  showConference(outcome.result.id);
}

export async function updateConferenceAction(boundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const id = boundRecordId(boundId);
  const outcome = await submitForm(formData, updateConferenceSchema, async (input) => updateConference(viewer, id, input, await uploadedPhotos(formData)));
  if (!outcome.ok) return outcome.state;
  showConference(id);
}
