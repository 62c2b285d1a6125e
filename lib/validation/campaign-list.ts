import { z } from "zod";
import { recordId } from "./fields";
import { positionParams, searchText, sortParam } from "./list";

// The campaigns list's URL: /ho-so/phong-trao?q=&ban=&sap_xep=&trang=&sau=|truoc=|cuoi=
// `ban` keeps the campaigns launched within a committee's subtree (and
// history), or run there in a phase. A bad value is no filter, never an error.

export const CAMPAIGN_SORTS = { ngay: "startsOn", ten: "name" } as const;

export const CAMPAIGN_DEFAULT_SORT = "-ngay";

export const campaignListSchema = z.object({
  q: searchText(100),
  ban: recordId.optional().catch(undefined),
  sap_xep: sortParam(CAMPAIGN_SORTS, CAMPAIGN_DEFAULT_SORT),
  ...positionParams,
});

export type CampaignListParams = z.infer<typeof campaignListSchema>;
