"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/auth/viewer";
import { commitActivityImport, uploadActivityImport } from "@/lib/data/activity-import";
import { orNotFound } from "@/lib/data/not-found";
import { messageText } from "@/lib/i18n/message-key";
import { ImportRejected } from "@/lib/import/types";
import { RECORD_PATHS } from "@/lib/records/paths";
import { activityImportPath } from "@/lib/records/import-paths";
import { boundRecordId, submitForm, type FormState } from "./form-state";
import { emptyFormState } from "./form-state-shape";
import { z } from "zod";

/**
 * Upload: the file is read and its rows kept in the database under a batch
 * id, then the preview page (any server) checks and shows them. A file that
 * cannot be read at all answers next to the file field.
 */
export async function uploadActivityImportAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const file = formData.get("file");
  const t = await getTranslations();
  const bytes = file instanceof Blob ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
  const uploaded = await orNotFound(uploadActivityImport(viewer, { name: file instanceof File && file.name ? file.name : "import.xlsx", bytes }));
  if (!uploaded.ok) {
    const text = messageText(t, uploaded.issue.message, "validation.invalid", uploaded.issue.values);
    return { ...emptyFormState, fieldErrors: { file: text }, formError: t("common.formHasErrors") };
  }
  redirect(activityImportPath(uploaded.id));
}

/**
 * "Ghi tất cả": every row is checked again and written in one transaction.
 * Rows refused since the preview (a period locked meanwhile) send the user
 * back to the preview, which names them; nothing is written.
 */
export async function commitActivityImportAction(boundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const id = boundRecordId(boundId);
  let rejected = false;
  const outcome = await submitForm(formData, z.object({}), async () => {
    try {
      return await commitActivityImport(viewer, id);
    } catch (error) {
      if (!(error instanceof ImportRejected)) throw error;
      rejected = true;
      return null;
    }
  });
  if (!outcome.ok) return outcome.state;
  if (rejected || !outcome.result) redirect(activityImportPath(id));
  revalidatePath(RECORD_PATHS.activity);
  redirect(`${RECORD_PATHS.activity}?nhap=${id}`);
}
