import { exportCampaigns } from "@/lib/data/campaign-list";
import { listDownloadHandler } from "@/lib/export/download-route";
import { campaignListExport } from "@/lib/lists/campaign-list-export";
import { campaignListSchema } from "@/lib/validation/campaign-list";

// /api/xuat/phong-trao?dinh_dang=xlsx|csv&<the campaigns list's filters and sort>
export const GET = listDownloadHandler({
  schema: campaignListSchema,
  read: async (viewer, params, m) => campaignListExport(m, await exportCampaigns(viewer, params)),
});
