"use server";

import { requireViewer } from "@/lib/auth/viewer";
import { commitActivityImport, uploadActivityImport } from "@/lib/data/activity-import";
import { RECORD_PATHS } from "@/lib/records/paths";
import { activityImportPath } from "@/lib/records/import-paths";
import type { FormState } from "./form-state";
import { commitImport, uploadImport } from "./import-flow";

export async function uploadActivityImportAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  return uploadImport(formData, (file) => uploadActivityImport(viewer, file), activityImportPath);
}

export async function commitActivityImportAction(boundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  return commitImport(boundId, formData, (id) => commitActivityImport(viewer, id), { preview: activityImportPath, list: RECORD_PATHS.activity });
}
