import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { orNotFound } from "@/lib/data/not-found";
import { messageText } from "@/lib/i18n/message-key";
import { ImportRejected, type ImportIssue } from "@/lib/import/types";
import { boundRecordId, submitForm, type FormState } from "./form-state";
import { emptyFormState } from "./form-state-shape";

// The two steps every Excel import's actions share (lib/import/README.md).

type Upload = (file: { name: string; bytes: Uint8Array }) => Promise<{ ok: true; id: string } | { ok: false; issue: ImportIssue }>;

/**
 * Upload: the file is read and its rows kept in the database under a batch
 * id, then the preview page (any server) checks and shows them. A file that
 * cannot be read at all answers next to the file field.
 */
export async function uploadImport(formData: FormData, upload: Upload, previewPath: (id: string) => string): Promise<FormState> {
  const file = formData.get("file");
  const t = await getTranslations();
  const bytes = file instanceof Blob ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
  const uploaded = await orNotFound(upload({ name: file instanceof File && file.name ? file.name : "import.xlsx", bytes }));
  if (!uploaded.ok) {
    const text = messageText(t, uploaded.issue.message, "validation.invalid", uploaded.issue.values);
    return { ...emptyFormState, fieldErrors: { file: text }, formError: t("common.formHasErrors") };
  }
  redirect(previewPath(uploaded.id));
}

/**
 * "Ghi tất cả": every row is checked again and written in one transaction.
 * Rows refused since the preview (a period locked meanwhile) send the user
 * back to the preview, which names them; nothing is written. Done: the list,
 * with the batch named (`?nhap=<id>`).
 */
export async function commitImport(
  boundId: string,
  formData: FormData,
  commit: (id: string) => Promise<unknown>,
  paths: { preview: (id: string) => string; list: string },
): Promise<FormState> {
  const id = boundRecordId(boundId);
  let rejected = false;
  const outcome = await submitForm(formData, z.object({}), async () => {
    try {
      return await commit(id);
    } catch (error) {
      if (!(error instanceof ImportRejected)) throw error;
      rejected = true;
      return null;
    }
  });
  if (!outcome.ok) return outcome.state;
  if (rejected || !outcome.result) redirect(paths.preview(id));
  revalidatePath(paths.list);
  redirect(`${paths.list}?nhap=${id}`);
}
