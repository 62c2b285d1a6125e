"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { approveReport, createReport, returnReport, saveReport } from "@/lib/data/reports";
import { REPORTS_PATH } from "@/lib/records/paths";
import { createReportSchema, reportReasonSchema, reportSchema, reportStepSchema } from "@/lib/validation/report";
import { boundRecordId, submitForm, type FormState } from "./form-state";

/** Back to the report, with the notice of what happened. */
function showReport(id: string, notice: "saved" | "submitted" | "approved" | "returned" | "reopened"): never {
  revalidatePath(REPORTS_PATH);
  revalidatePath("/bang-dieu-khien");
  redirect(`${REPORTS_PATH}/${id}?${notice}=1`);
}

export async function createReportAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const outcome = await submitForm(formData, createReportSchema, (input) => createReport(viewer, input));
  if (!outcome.ok) return outcome.state;
  showReport(outcome.result.id, "saved");
}

/** Saves the report; the "submit" button (intent=submit) also submits it. */
export async function saveReportAction(boundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const id = boundRecordId(boundId);
  const outcome = await submitForm(formData, reportSchema, (input) => saveReport(viewer, id, input));
  if (!outcome.ok) return outcome.state;
  showReport(id, outcome.result.submitted ? "submitted" : "saved");
}

export async function approveReportAction(boundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const id = boundRecordId(boundId);
  const outcome = await submitForm(formData, reportStepSchema, (input) => approveReport(viewer, id, input.version));
  if (!outcome.ok) return outcome.state;
  showReport(id, "approved");
}

/** Returns a submitted report for rework, or reopens an approved one: a reason either way. */
export async function returnReportAction(boundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const id = boundRecordId(boundId);
  const outcome = await submitForm(formData, reportReasonSchema, (input) => returnReport(viewer, id, input.version, input.reason));
  if (!outcome.ok) return outcome.state;
  showReport(id, outcome.result.reopened ? "reopened" : "returned");
}
