// Where each record type lives in the workspace (DESIGN.md, Routes).
import type { RecordKind } from "@/lib/data/records/record-kinds";

export const RECORD_PATHS: Record<RecordKind, string> = {
  agreement: "/ho-so/phoi-hop",
  conference: "/ho-so/hoi-nghi",
  house: "/ho-so/nha",
  activity: "/ho-so/hoat-dong",
  model: "/ho-so/mo-hinh",
  campaign: "/ho-so/phong-trao",
};

export const DELETED_RECORDS_PATH = "/quan-tri/da-xoa";

/** A conference photo, served after the conference's read check; the thumbnail for lists and forms. */
export function conferencePhotoPath(conferenceId: string, photoId: string, variant: "full" | "thumbnail" = "full"): string {
  return `${RECORD_PATHS.conference}/${conferenceId}/anh/${photoId}${variant === "thumbnail" ? "?co=nho" : ""}`;
}

/** A model's photo, as a conference's. */
export function modelPhotoPath(modelId: string, photoId: string, variant: "full" | "thumbnail" = "full"): string {
  return `${RECORD_PATHS.model}/${modelId}/anh/${photoId}${variant === "thumbnail" ? "?co=nho" : ""}`;
}

/** Admins keep the housing programmes here. */
export const HOUSING_PROGRAMMES_PATH = "/quan-tri/chuong-trinh-nha";
export const INDICATORS_PATH = "/quan-tri/chi-so";
export const REPORTING_CALENDAR_PATH = "/quan-tri/lich-bao-cao";

/** Period reports (báo cáo sơ kết, tổng kết) and targets (chỉ tiêu): ?ban=&ky= as on the dashboard. */
export const REPORTS_PATH = "/bao-cao";
export const TARGETS_PATH = "/chi-tieu";
