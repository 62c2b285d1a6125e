import { exportPartners } from "@/lib/data/partner-list";
import { listDownloadHandler } from "@/lib/export/download-route";
import { partnerListExport } from "@/lib/lists/partner-list-export";
import { partnerListSchema } from "@/lib/validation/partner-list";

// /api/xuat/doi-tac?dinh_dang=xlsx|csv&<the partners list's filters and sort>
export const GET = listDownloadHandler({
  schema: partnerListSchema,
  read: async (viewer, params, m) => partnerListExport(m, await exportPartners(viewer, params)),
});
