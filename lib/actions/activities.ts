"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { createActivity, updateActivity } from "@/lib/data/activities";
import { RECORD_PATHS } from "@/lib/records/paths";
import { ACTIVITY_LIST_FIELDS, createActivitySchema, updateActivitySchema } from "@/lib/validation/activity";
import { boundRecordId, submitForm, type FormState } from "./form-state";

const ACTIVITIES_PATH = RECORD_PATHS.activity;

/**
 * A checkbox group posts one entry per ticked box: joined with commas into
 * one value, so the schema reads the list and a refused form gives the ticks back.
 */
function joinLists(formData: FormData): FormData {
  const joined = new FormData();
  for (const [key, value] of formData.entries()) if (!(ACTIVITY_LIST_FIELDS as readonly string[]).includes(key)) joined.append(key, value);
  for (const key of ACTIVITY_LIST_FIELDS) {
    joined.set(key, formData.getAll(key).filter((value): value is string => typeof value === "string").join(","));
  }
  return joined;
}

function showActivity(id: string): never {
  revalidatePath(ACTIVITIES_PATH);
  redirect(`${ACTIVITIES_PATH}/${id}?saved=1`);
}

export async function createActivityAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const outcome = await submitForm(joinLists(formData), createActivitySchema, (input) => createActivity(viewer, input));
  if (!outcome.ok) return outcome.state;
  showActivity(outcome.result.id);
}

export async function updateActivityAction(boundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const id = boundRecordId(boundId);
  const outcome = await submitForm(joinLists(formData), updateActivitySchema, (input) => updateActivity(viewer, id, input));
  if (!outcome.ok) return outcome.state;
  showActivity(id);
}
