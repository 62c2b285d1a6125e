"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { createActivity, updateActivity } from "@/lib/data/activities";
import { RECORD_PATHS } from "@/lib/records/paths";
import { ACTIVITY_LIST_FIELDS, createActivitySchema, updateActivitySchema } from "@/lib/validation/activity";
import { boundRecordId, joinCheckboxLists, submitForm, type FormState } from "./form-state";

const ACTIVITIES_PATH = RECORD_PATHS.activity;

const joinLists = (formData: FormData) => joinCheckboxLists(formData, ACTIVITY_LIST_FIELDS);

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
