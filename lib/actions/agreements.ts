"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { linkConference, unlinkConference } from "@/lib/data/agreement-conferences";
import { createAgreement, updateAgreement } from "@/lib/data/agreements";
import { checkPdfUpload } from "@/lib/files/pdf";
import { RECORD_PATHS } from "@/lib/records/paths";
import { agreementSchema, linkConferenceSchema, updateAgreementSchema } from "@/lib/validation/agreement";
import { boundRecordId, submitForm, type FormState } from "./form-state";

const PATH = RECORD_PATHS.agreement;

function showAgreement(id: string, notice: "saved" | "linked" | "unlinked" = "saved"): never {
  revalidatePath(PATH);
  redirect(`${PATH}/${id}?${notice}=1`);
}

/**
 * The signed document is read here, checked by content (lib/files/pdf), and
 * only its verdict goes through the schema (`document`), so a refused file is
 * answered at its field with every other message; the bytes reach the data
 * layer only when the whole form is valid.
 */
export async function createAgreementAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const document = await checkPdfUpload(formData.get("document"));
  const outcome = await submitForm(formData, agreementSchema(), (input) => createAgreement(viewer, input, document.file), { document: document.check });
  if (!outcome.ok) return outcome.state;
  showAgreement(outcome.result.id);
}

export async function updateAgreementAction(boundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const id = boundRecordId(boundId);
  const document = await checkPdfUpload(formData.get("document"));
  const outcome = await submitForm(formData, updateAgreementSchema(), (input) => updateAgreement(viewer, id, input, document.file), { document: document.check });
  if (!outcome.ok) return outcome.state;
  showAgreement(id);
}

/** "Gắn hội nghị" on the agreement's page (bound: the agreement's id). */
export async function linkConferenceAction(boundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const id = boundRecordId(boundId);
  const outcome = await submitForm(formData, linkConferenceSchema, (input) => linkConference(viewer, id, input));
  if (!outcome.ok) return outcome.state;
  revalidatePath(RECORD_PATHS.conference);
  showAgreement(id, "linked");
}

export async function unlinkConferenceAction(boundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const id = boundRecordId(boundId);
  const outcome = await submitForm(formData, linkConferenceSchema, (input) => unlinkConference(viewer, id, input));
  if (!outcome.ok) return outcome.state;
  revalidatePath(RECORD_PATHS.conference);
  showAgreement(id, "unlinked");
}
