"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { addPhase, createCampaign, deletePhase, updateCampaign, updatePhase } from "@/lib/data/campaigns";
import { RECORD_PATHS } from "@/lib/records/paths";
import { createCampaignSchema, createPhaseSchema, deletePhaseSchema, updateCampaignSchema, updatePhaseSchema } from "@/lib/validation/campaign";
import { boundRecordId, submitForm, type FormState } from "./form-state";

const CAMPAIGNS_PATH = RECORD_PATHS.campaign;

/** Back to the campaign's page with a notice: saved=1, or dot=them|sua|xoa for a phase. */
function showCampaign(id: string, notice: string): never {
  revalidatePath(CAMPAIGNS_PATH);
  redirect(`${CAMPAIGNS_PATH}/${id}?${notice}`);
}

export async function createCampaignAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const outcome = await submitForm(formData, createCampaignSchema, (input) => createCampaign(viewer, input));
  if (!outcome.ok) return outcome.state;
  showCampaign(outcome.result.id, "saved=1");
}

export async function updateCampaignAction(boundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const id = boundRecordId(boundId);
  const outcome = await submitForm(formData, updateCampaignSchema, (input) => updateCampaign(viewer, id, input));
  if (!outcome.ok) return outcome.state;
  showCampaign(id, "saved=1");
}

export async function addPhaseAction(boundCampaignId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const campaignId = boundRecordId(boundCampaignId);
  const outcome = await submitForm(formData, createPhaseSchema, (input) => addPhase(viewer, campaignId, input));
  if (!outcome.ok) return outcome.state;
  showCampaign(campaignId, "dot=them");
}

export async function updatePhaseAction(boundCampaignId: string, boundPhaseId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const campaignId = boundRecordId(boundCampaignId);
  const phaseId = boundRecordId(boundPhaseId);
  const outcome = await submitForm(formData, updatePhaseSchema, (input) => updatePhase(viewer, campaignId, phaseId, input));
  if (!outcome.ok) return outcome.state;
  showCampaign(campaignId, "dot=sua");
}

export async function deletePhaseAction(boundCampaignId: string, boundPhaseId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const campaignId = boundRecordId(boundCampaignId);
  const phaseId = boundRecordId(boundPhaseId);
  const outcome = await submitForm(formData, deletePhaseSchema, (input) => deletePhase(viewer, campaignId, phaseId, input.version));
  if (!outcome.ok) return outcome.state;
  showCampaign(campaignId, "dot=xoa");
}
