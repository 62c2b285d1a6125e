"use server";

import { requireViewer } from "@/lib/auth/viewer";
import { commitCommitteeImport, uploadCommitteeImport } from "@/lib/data/committee-import";
import { committeeImportPath } from "@/lib/records/import-paths";
import type { FormState } from "./form-state";
import { commitImport, uploadImport } from "./import-flow";

const COMMITTEES_PATH = "/co-quan";

export async function uploadCommitteeImportAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  return uploadImport(formData, (file) => uploadCommitteeImport(viewer, file), committeeImportPath);
}

export async function commitCommitteeImportAction(boundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  return commitImport(boundId, formData, (id) => commitCommitteeImport(viewer, id), { preview: committeeImportPath, list: COMMITTEES_PATH });
}
