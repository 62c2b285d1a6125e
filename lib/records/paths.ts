// Where each record type lives in the workspace (DESIGN.md, Routes).
import type { RecordKind } from "@/lib/data/records/record-kinds";

export const RECORD_PATHS: Record<RecordKind, string> = {
  agreement: "/ho-so/phoi-hop",
  conference: "/ho-so/hoi-nghi",
  house: "/ho-so/nha",
  activity: "/ho-so/hoat-dong",
};

export const DELETED_RECORDS_PATH = "/quan-tri/da-xoa";

/** Admins keep the housing programmes here. */
export const HOUSING_PROGRAMMES_PATH = "/quan-tri/chuong-trinh-nha";
