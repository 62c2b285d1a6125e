import { z } from "zod";
import { parsePeriodCode, type PeriodCode } from "@/lib/periods";
import { recordId } from "./fields";
import { positionParams, searchText, sortParam } from "./list";

// The activities list's URL:
// /ho-so/hoat-dong?q=&ban=&ky=&chi_so=&phong_trao=&phoi_hop=&hoi_nghi=&sap_xep=&trang=&sau=|truoc=|cuoi=
// `ban` keeps the committee's subtree (and history), `ky` a period by the
// activities' own date; a missing or bad value is no filter, never an error.

export const ACTIVITY_SORTS = { ngay: "occurredOn", ten: "title", so_luong: "quantity", gia_tri: "value" } as const;

export const DEFAULT_ACTIVITY_SORT = "-ngay";

const optionalId = recordId.optional().catch(undefined);

/** A period code, or none (all periods) when missing or malformed. */
const optionalPeriod = z
  .unknown()
  .transform((value): PeriodCode | undefined => parsePeriodCode(value) ?? undefined)
  .catch(undefined);

export const activityListSchema = z.object({
  q: searchText(100),
  ban: optionalId,
  ky: optionalPeriod,
  chi_so: optionalId,
  phong_trao: optionalId,
  phoi_hop: optionalId,
  hoi_nghi: optionalId,
  nhom: recordId.optional().catch(undefined),
  gop: z.literal("hom-nay").optional().catch(undefined),
  sap_xep: sortParam(ACTIVITY_SORTS, DEFAULT_ACTIVITY_SORT),
  ...positionParams,
});

export type ActivityListParams = z.infer<typeof activityListSchema>;

/** The notices the list shows after a delete or an import (`nhap` = the import batch), kept out of the list's links. */
export const activityListNotices = z.object({
  deleted: z.literal("1").optional().catch(undefined),
  nhap: optionalId,
});
