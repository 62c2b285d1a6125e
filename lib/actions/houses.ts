"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { createHouse, eraseHousehold, updateHouse } from "@/lib/data/houses";
import { recordPhotoUploads } from "@/lib/files/uploads";
import { RECORD_PATHS } from "@/lib/records/paths";
import { createHouseSchema, eraseHouseholdSchema, HOUSE_PHOTO_FIELD, updateHouseSchema } from "@/lib/validation/house";
import { boundRecordId, submitForm, type FormState } from "./form-state";

const HOUSES_PATH = RECORD_PATHS.house;

function showHouse(id: string, notice: "saved" | "erased" = "saved"): never {
  revalidatePath(HOUSES_PATH);
  redirect(`${HOUSES_PATH}/${id}?${notice}=1`);
}

/** The form's photos, checked by content and re-encoded before any write: a refused photo writes nothing. */
const formPhotos = (formData: FormData) => recordPhotoUploads(formData, HOUSE_PHOTO_FIELD);

export async function createHouseAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const outcome = await submitForm(formData, createHouseSchema, async (input) => createHouse(viewer, input, await formPhotos(formData)));
  if (!outcome.ok) return outcome.state;
  showHouse(outcome.result.id);
}

export async function updateHouseAction(boundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const id = boundRecordId(boundId);
  const outcome = await submitForm(formData, updateHouseSchema, async (input) => updateHouse(viewer, id, input, await formPhotos(formData)));
  if (!outcome.ok) return outcome.state;
  showHouse(id);
}

/** A leader erases the household's personal details (name replaced by a placeholder); audited. */
export async function eraseHouseholdAction(boundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const id = boundRecordId(boundId);
  const outcome = await submitForm(formData, eraseHouseholdSchema, (input) => eraseHousehold(viewer, id, input.version));
  if (!outcome.ok) return outcome.state;
  showHouse(id, "erased");
}
