"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { createModel, updateModel } from "@/lib/data/models";
import { recordPhotoUploads } from "@/lib/files/uploads";
import { RECORD_PATHS } from "@/lib/records/paths";
import { createModelSchema, updateModelSchema } from "@/lib/validation/model";
import { boundRecordId, submitForm, type FormState } from "./form-state";

const MODELS_PATH = RECORD_PATHS.model;

/** The form's photo field (the photo picker's inputs). */
const PHOTOS_FIELD = "photos";

/** The form's photos, checked by content and re-encoded before any write: a refused photo writes nothing. */
const formPhotos = (formData: FormData) => recordPhotoUploads(formData, PHOTOS_FIELD);

function showModel(id: string): never {
  revalidatePath(MODELS_PATH);
  redirect(`${MODELS_PATH}/${id}?saved=1`);
}

export async function createModelAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const outcome = await submitForm(formData, createModelSchema, async (input) => createModel(viewer, input, await formPhotos(formData)));
  if (!outcome.ok) return outcome.state;
  showModel(outcome.result.id);
}

export async function updateModelAction(boundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const id = boundRecordId(boundId);
  const outcome = await submitForm(formData, updateModelSchema, async (input) => updateModel(viewer, id, input, await formPhotos(formData)));
  if (!outcome.ok) return outcome.state;
  showModel(id);
}
