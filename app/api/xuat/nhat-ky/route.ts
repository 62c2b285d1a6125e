import { exportAuditEvents } from "@/lib/data/audit-log";
import { listDownloadHandler } from "@/lib/export/download-route";
import { auditListExport } from "@/lib/lists/audit-list-export";
import { auditListSchema } from "@/lib/validation/audit-list";

// /api/xuat/nhat-ky?dinh_dang=xlsx|csv&<the audit list's filters and sort>
export const GET = listDownloadHandler({
  schema: auditListSchema,
  read: async (viewer, params, m) => auditListExport(m, await exportAuditEvents(viewer, params)),
});
