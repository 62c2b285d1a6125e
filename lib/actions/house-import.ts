"use server";

import { requireViewer } from "@/lib/auth/viewer";
import { commitHouseImport, uploadHouseImport } from "@/lib/data/house-import";
import { RECORD_PATHS } from "@/lib/records/paths";
import { houseImportPath } from "@/lib/records/import-paths";
import type { FormState } from "./form-state";
import { commitImport, uploadImport } from "./import-flow";

export async function uploadHouseImportAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  return uploadImport(formData, (file) => uploadHouseImport(viewer, file), houseImportPath);
}

export async function commitHouseImportAction(boundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  return commitImport(boundId, formData, (id) => commitHouseImport(viewer, id), { preview: houseImportPath, list: RECORD_PATHS.house });
}
