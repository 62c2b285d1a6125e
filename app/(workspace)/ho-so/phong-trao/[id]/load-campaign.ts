import "server-only";
import { cache } from "react";
import { requireViewer } from "@/lib/auth/viewer";
import { getCampaign } from "@/lib/data/campaigns";
import { orNotFound } from "@/lib/data/not-found";

// Read once per request: the layout checks the campaign exists and is
// readable (a real 404, before anything streams) and the pages reuse the row.
export const loadCampaign = cache(async (id: string) => orNotFound(getCampaign(await requireViewer(), id)));
