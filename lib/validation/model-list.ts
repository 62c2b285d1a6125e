import { z } from "zod";
import { parsePeriodCode } from "@/lib/periods";
import { recordId } from "./fields";
import { positionParams, searchText, sortParam } from "./list";
import { MODEL_FIELDS, MODEL_STATUSES, RECOGNITION_LEVELS } from "./model";

// The models list's URL:
// /ho-so/mo-hinh?q=&ban=&ky=&linh_vuc=&trang_thai=&cap=&phong_trao=&sap_xep=&trang=&sau=|truoc=|cuoi=
// `ban` keeps the committee's subtree (and history); `ky` the models
// registered or recognised within the period. A bad value of any filter is
// no filter, never an error.

export const MODEL_SORTS = { ngay: "registeredOn", ten: "name" } as const;

export const MODEL_DEFAULT_SORT = "-ngay";

const optionalId = recordId.optional().catch(undefined);

export const modelListSchema = z.object({
  q: searchText(100),
  ban: optionalId,
  ky: z
    .string()
    .refine((value) => parsePeriodCode(value) !== null)
    .optional()
    .catch(undefined),
  linh_vuc: z.enum(MODEL_FIELDS).optional().catch(undefined),
  trang_thai: z.enum(MODEL_STATUSES).optional().catch(undefined),
  cap: z.enum(RECOGNITION_LEVELS).optional().catch(undefined),
  phong_trao: optionalId,
  chi_so: optionalId,
  nhom: optionalId,
  gop: z.literal("hom-nay").optional().catch(undefined),
  sap_xep: sortParam(MODEL_SORTS, MODEL_DEFAULT_SORT),
  ...positionParams,
});

export type ModelListParams = z.infer<typeof modelListSchema>;
