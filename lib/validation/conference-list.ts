import { z } from "zod";
import { parsePeriodCode } from "@/lib/periods";
import { CONFERENCE_KINDS } from "./conference";
import { recordId } from "./fields";
import { positionParams, searchText, sortParam } from "./list";

// The conferences list's URL:
// /ho-so/hoi-nghi?q=&ban=&ky=&loai=&phong_trao=&phoi_hop=&sap_xep=&trang=&sau=|truoc=|cuoi=
// `ban` is a committee whose subtree (and history) the list keeps to, `ky` a
// period code (lib/periods/codes); no `ky` is every period. A bad value of any
// filter is no filter, never an error.

export const CONFERENCE_SORTS = { ngay: "heldOn", ten: "title" } as const;

export const CONFERENCE_DEFAULT_SORT = "-ngay";

/** A period code, kept as the URL's text; anything else is no period filter. */
const periodCodeParam = z
  .string()
  .refine((value) => parsePeriodCode(value) !== null)
  .optional()
  .catch(undefined);

export const conferenceListSchema = z.object({
  q: searchText(100),
  ban: recordId.optional().catch(undefined),
  ky: periodCodeParam,
  loai: z.enum(CONFERENCE_KINDS).optional().catch(undefined),
  phong_trao: recordId.optional().catch(undefined),
  phoi_hop: recordId.optional().catch(undefined),
  chi_so: recordId.optional().catch(undefined),
  nhom: recordId.optional().catch(undefined),
  gop: z.literal("hom-nay").optional().catch(undefined),
  sap_xep: sortParam(CONFERENCE_SORTS, CONFERENCE_DEFAULT_SORT),
  ...positionParams,
});

export type ConferenceListParams = z.infer<typeof conferenceListSchema>;
