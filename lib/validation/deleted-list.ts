import { z } from "zod";
import { recordKinds, type RecordKind } from "@/lib/data/records/record-kinds";
import { positionParams, sortParam } from "./list";

// The deleted records' URL: /quan-tri/da-xoa?loai=&sap_xep=&trang=&sau=|truoc=|cuoi=

export const DELETED_SORTS = { thoi_diem: "deletedAt" } as const;

export const deletedListSchema = z.object({
  loai: z
    .enum(recordKinds as [RecordKind, ...RecordKind[]])
    .optional()
    .catch(undefined),
  sap_xep: sortParam(DELETED_SORTS, "-thoi_diem"),
  ...positionParams,
});

export type DeletedListParams = z.infer<typeof deletedListSchema>;
