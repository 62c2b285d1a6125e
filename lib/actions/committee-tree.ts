"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { USER_MOVES_PATH } from "@/lib/auth/routes";
import { requireViewer } from "@/lib/auth/viewer";
import {
  correctCommitteeName,
  createCommittee,
  endCommittee,
  mergeCommittees,
  moveCommittee,
  renameCommittee,
  splitCommittee,
} from "@/lib/data/committee-changes";
import { confirmUserMoves } from "@/lib/data/user-moves";
import {
  confirmUserMovesSchema,
  correctCommitteeNameSchema,
  createCommitteeSchema,
  endCommitteeSchema,
  mergeCommitteesSchema,
  moveCommitteeSchema,
  renameCommitteeSchema,
  splitCommitteeSchema,
  type TreeChangeNotice,
} from "@/lib/validation/committee-tree";
import { boundRecordId, submitForm, type FormState } from "./form-state";

/** After a change of the tree: the tree, the committee and the users' pages show it. */
function showCommittee(id: string, notice: TreeChangeNotice): never {
  revalidatePath("/co-quan", "layout");
  revalidatePath("/quan-tri", "layout");
  redirect(`/co-quan/${id}?xong=${notice}`);
}

export async function createCommitteeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const outcome = await submitForm(formData, createCommitteeSchema, (input) => createCommittee(viewer, input));
  if (!outcome.ok) return outcome.state;
  showCommittee(outcome.result.id, "tao");
}

export async function correctCommitteeNameAction(boundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const id = boundRecordId(boundId);
  const outcome = await submitForm(formData, correctCommitteeNameSchema, (input) => correctCommitteeName(viewer, id, input));
  if (!outcome.ok) return outcome.state;
  showCommittee(id, "sua-ten");
}

export async function renameCommitteeAction(boundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const id = boundRecordId(boundId);
  const outcome = await submitForm(formData, renameCommitteeSchema, (input) => renameCommittee(viewer, id, input));
  if (!outcome.ok) return outcome.state;
  showCommittee(outcome.result.id, "doi-ten");
}

export async function moveCommitteeAction(boundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const id = boundRecordId(boundId);
  const outcome = await submitForm(formData, moveCommitteeSchema, (input) => moveCommittee(viewer, id, input));
  if (!outcome.ok) return outcome.state;
  showCommittee(id, "chuyen");
}

export async function endCommitteeAction(boundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const id = boundRecordId(boundId);
  const outcome = await submitForm(formData, endCommitteeSchema, (input) => endCommittee(viewer, id, input));
  if (!outcome.ok) return outcome.state;
  showCommittee(id, "ket-thuc");
}

export async function mergeCommitteesAction(boundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const id = boundRecordId(boundId);
  const outcome = await submitForm(formData, mergeCommitteesSchema, (input) => mergeCommittees(viewer, id, input));
  if (!outcome.ok) return outcome.state;
  showCommittee(outcome.result.id, "hop-nhat");
}

export async function splitCommitteeAction(boundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const id = boundRecordId(boundId);
  const outcome = await submitForm(formData, splitCommitteeSchema, (input) => splitCommittee(viewer, id, input));
  if (!outcome.ok) return outcome.state;
  showCommittee(id, "chia-tach");
}

/** One click moves every listed user of an ended committee to its successor. */
export async function confirmUserMovesAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const outcome = await submitForm(formData, confirmUserMovesSchema, (input) => confirmUserMoves(viewer, input));
  if (!outcome.ok) return outcome.state;
  revalidatePath("/quan-tri", "layout");
  redirect(`${USER_MOVES_PATH}?da_chuyen=${outcome.result.moved}`);
}
