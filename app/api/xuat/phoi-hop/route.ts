import { exportAgreements } from "@/lib/data/agreement-list";
import { listDownloadHandler } from "@/lib/export/download-route";
import { agreementListExport } from "@/lib/lists/agreement-list-export";
import { agreementListSchema } from "@/lib/validation/agreement-list";

// /api/xuat/phoi-hop?dinh_dang=xlsx|csv&<the agreements list's filters and sort>
export const GET = listDownloadHandler({
  schema: agreementListSchema,
  read: async (viewer, params, m) => agreementListExport(m, await exportAgreements(viewer, params)),
});
