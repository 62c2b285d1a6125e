"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { createPartner, mergePartners, updatePartner } from "@/lib/data/partners";
import { createPartnerSchema, mergePartnerSchema, updatePartnerSchema } from "@/lib/validation/partner";
import { boundRecordId, submitForm, type FormState } from "./form-state";

const PARTNERS_PATH = "/doi-tac";

function showPartner(id: string, notice: "saved" | "merged" = "saved"): never {
  revalidatePath(PARTNERS_PATH);
  redirect(`${PARTNERS_PATH}/${id}?${notice === "saved" ? "saved=1" : "merged=1"}`);
}

export async function createPartnerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const outcome = await submitForm(formData, createPartnerSchema, (input) => createPartner(viewer, input));
  if (!outcome.ok) return outcome.state;
  showPartner(outcome.result.id);
}

export async function updatePartnerAction(boundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const id = boundRecordId(boundId);
  const outcome = await submitForm(formData, updatePartnerSchema, (input) => updatePartner(viewer, id, input));
  if (!outcome.ok) return outcome.state;
  showPartner(id);
}

export async function mergePartnerAction(boundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const id = boundRecordId(boundId);
  const outcome = await submitForm(formData, mergePartnerSchema, (input) => mergePartners(viewer, id, input));
  if (!outcome.ok) return outcome.state;
  showPartner(id, "merged");
}
