"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { copyPreviousTargets, saveTargets } from "@/lib/data/targets";
import { TARGETS_PATH } from "@/lib/records/paths";
import { copyTargetsSchema, targetsSchema } from "@/lib/validation/targets";
import { submitForm, type FormState } from "./form-state";

function showTargets(ban: string, ky: string, notice: "saved" | "copied"): never {
  revalidatePath(TARGETS_PATH);
  revalidatePath("/bang-dieu-khien");
  redirect(`${TARGETS_PATH}?${new URLSearchParams({ ban, ky, [notice]: "1" })}`);
}

export async function saveTargetsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const outcome = await submitForm(formData, targetsSchema, (input) => saveTargets(viewer, input));
  if (!outcome.ok) return outcome.state;
  showTargets(outcome.input.ban, outcome.input.ky, "saved");
}

export async function copyTargetsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const outcome = await submitForm(formData, copyTargetsSchema, (input) => copyPreviousTargets(viewer, input));
  if (!outcome.ok) return outcome.state;
  showTargets(outcome.input.ban, outcome.input.ky, "copied");
}
