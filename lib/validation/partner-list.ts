import { z } from "zod";
import { recordId } from "./fields";
import { positionParams, searchText, sortParam } from "./list";
import { PARTNER_KINDS } from "./partner";

// The partners list's URL: /doi-tac?q=&loai=&ban=&sap_xep=&trang=&sau=|truoc=|cuoi=

export const PARTNER_SORTS = { ten: "name", ngay_tao: "createdAt" } as const;

export const partnerListSchema = z.object({
  q: searchText(100),
  loai: z.enum(PARTNER_KINDS).optional().catch(undefined),
  ban: recordId.optional().catch(undefined),
  sap_xep: sortParam(PARTNER_SORTS, "ten"),
  ...positionParams,
});

export type PartnerListParams = z.infer<typeof partnerListSchema>;
