"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { deleteRecord, restoreRecord } from "@/lib/data/records/deleted-records";
import type { RecordKind } from "@/lib/data/records/record-kinds";
import { DELETED_RECORDS_PATH, RECORD_PATHS } from "@/lib/records/paths";
import { deleteRecordSchema, recordKind, restoreRecordSchema } from "@/lib/validation/record";
import { boundRecordId, submitForm, type FormState } from "./form-state";

function boundKind(value: unknown): RecordKind {
  const parsed = recordKind.safeParse(value);
  if (!parsed.success) throw new Error("unknown record kind");
  return parsed.data;
}

/** Deletes any record type softly (bound: kind, id); back to its list. */
export async function deleteRecordAction(kind: string, boundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const recordKindValue = boundKind(kind);
  const id = boundRecordId(boundId);
  const outcome = await submitForm(formData, deleteRecordSchema, (input) => deleteRecord(viewer, recordKindValue, id, input.version));
  if (!outcome.ok) return outcome.state;
  const path = RECORD_PATHS[recordKindValue];
  revalidatePath(path);
  redirect(`${path}?deleted=1`);
}

/** Restores a deleted record (admins); back to the deleted list. */
export async function restoreRecordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const outcome = await submitForm(formData, restoreRecordSchema, (input) => restoreRecord(viewer, input.kind, input.id));
  if (!outcome.ok) return outcome.state;
  revalidatePath(DELETED_RECORDS_PATH);
  revalidatePath(RECORD_PATHS[outcome.input.kind]);
  redirect(`${DELETED_RECORDS_PATH}?restored=1`);
}
