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

/** The newsroom (DESIGN.md, Routes): the committee's articles, one article's editor, a revision. */
export const NEWSROOM_PATH = "/bien-tap";
export const NEW_ARTICLE_PATH = `${NEWSROOM_PATH}/moi`;
export const ARTICLES_IN_REVIEW_PATH = `${NEWSROOM_PATH}?trang_thai=cho-duyet`;
/** Readers' comments on the articles the viewer moderates: waiting ones first (?trang_thai=da-duyet, tu-choi for the others). */
export const COMMENT_MODERATION_PATH = `${NEWSROOM_PATH}/binh-luan`;
export const newsroomArticlePath = (id: string) => `${NEWSROOM_PATH}/${id}`;
export const articleRevisionPath = (id: string, version: number) => `${NEWSROOM_PATH}/${id}/phien-ban/${version}`;
/** An article image: public once its article is, the newsroom's before. */
export const articleImagePath = (imageId: string, variant: "full" | "thumbnail" = "full") => `/anh-tin/${imageId}${variant === "thumbnail" ? "?co=nho" : ""}`;
/** "Viết tin từ hồ sơ": a new article prefilled from a conference or a house handover. */
export const articleFromConferencePath = (conferenceId: string) => `${NEW_ARTICLE_PATH}?hoi_nghi=${conferenceId}`;
export const articleFromHousePath = (houseId: string) => `${NEW_ARTICLE_PATH}?nha=${houseId}`;

/** The notices an article's page shows after a step (`?saved=1`…). */
export const NEWSROOM_NOTICES = ["saved", "submitted", "returned", "published", "scheduled", "withdrawn", "restored"] as const;
export type NewsroomNotice = (typeof NEWSROOM_NOTICES)[number];

/** The notices the moderation page shows after a step (`?approved=1`…). */
export const COMMENT_NOTICES = ["approved", "rejected", "deleted"] as const;
export type CommentNotice = (typeof COMMENT_NOTICES)[number];
