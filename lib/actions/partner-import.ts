"use server";

import { requireViewer } from "@/lib/auth/viewer";
import { commitPartnerImport, uploadPartnerImport } from "@/lib/data/partner-import";
import { partnerImportPath } from "@/lib/records/import-paths";
import type { FormState } from "./form-state";
import { commitImport, uploadImport } from "./import-flow";

const PARTNERS_PATH = "/doi-tac";

export async function uploadPartnerImportAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  return uploadImport(formData, (file) => uploadPartnerImport(viewer, file), partnerImportPath);
}

export async function commitPartnerImportAction(boundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  return commitImport(boundId, formData, (id) => commitPartnerImport(viewer, id), { preview: partnerImportPath, list: PARTNERS_PATH });
}
