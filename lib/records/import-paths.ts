// Where each record type's Excel import lives, under its list (RECORD_PATHS).
import { RECORD_PATHS } from "./paths";

export const ACTIVITY_IMPORT_PATH = `${RECORD_PATHS.activity}/nhap`;
export const ACTIVITY_IMPORT_TEMPLATE_PATH = `${ACTIVITY_IMPORT_PATH}/mau`;

export function activityImportPath(batchId: string): string {
  return `${ACTIVITY_IMPORT_PATH}/${batchId}`;
}

export const HOUSE_IMPORT_PATH = `${RECORD_PATHS.house}/nhap`;
export const HOUSE_IMPORT_TEMPLATE_PATH = `${HOUSE_IMPORT_PATH}/mau`;

export function houseImportPath(batchId: string): string {
  return `${HOUSE_IMPORT_PATH}/${batchId}`;
}

export const PARTNER_IMPORT_PATH = "/doi-tac/nhap";
export const PARTNER_IMPORT_TEMPLATE_PATH = `${PARTNER_IMPORT_PATH}/mau`;

export function partnerImportPath(batchId: string): string {
  return `${PARTNER_IMPORT_PATH}/${batchId}`;
}

export const COMMITTEE_IMPORT_PATH = "/co-quan/nhap";
export const COMMITTEE_IMPORT_TEMPLATE_PATH = `${COMMITTEE_IMPORT_PATH}/mau`;

export function committeeImportPath(batchId: string): string {
  return `${COMMITTEE_IMPORT_PATH}/${batchId}`;
}
