import { z } from "zod";
import { formatPeriodCode, parsePeriodCode } from "@/lib/periods";
import { recordId } from "./fields";
import { HOUSE_STATUSES } from "./house";
import { positionParams, searchText, sortParam } from "./list";

// The houses list's URL: /ho-so/nha?q=&ban=&ky=&chuong_trinh=&trang_thai=&phong_trao=&phoi_hop=&sap_xep=&trang=&sau=|truoc=|cuoi=
// `ky` filters by the date of handover (houses not yet handed over have none);
// without it every house is listed. A bad value of any filter is no filter.

export const HOUSE_SORTS = { ngay: "handedOverOn", gia_tri: "value", ngay_tao: "createdAt" } as const;

/** A period code (lib/periods/codes), kept as its canonical text; anything else is no period. */
const periodCode = z
  .unknown()
  .transform((value) => {
    const period = parsePeriodCode(value);
    return period ? formatPeriodCode(period) : undefined;
  })
  .catch(undefined);

export const houseListSchema = z.object({
  q: searchText(100),
  ban: recordId.optional().catch(undefined),
  ky: periodCode,
  chuong_trinh: recordId.optional().catch(undefined),
  trang_thai: z.enum(HOUSE_STATUSES).optional().catch(undefined),
  phong_trao: recordId.optional().catch(undefined),
  phoi_hop: recordId.optional().catch(undefined),
  chi_so: recordId.optional().catch(undefined),
  nhom: recordId.optional().catch(undefined),
  gop: z.literal("hom-nay").optional().catch(undefined),
  sap_xep: sortParam(HOUSE_SORTS, "-ngay"),
  ...positionParams,
});

export type HouseListParams = z.infer<typeof houseListSchema>;

/** The download's URL adds the format and, for leaders, the household details (`ho_gia_dinh=1`). */
export const houseExportSchema = houseListSchema.extend({
  ho_gia_dinh: z.literal("1").optional().catch(undefined),
});

export type HouseExportParams = z.infer<typeof houseExportSchema>;
