import { exportUsers } from "@/lib/data/user-list";
import { listDownloadHandler } from "@/lib/export/download-route";
import { userListExport } from "@/lib/lists/user-list-export";
import { userListSchema } from "@/lib/validation/user-list";

// /api/xuat/nguoi-dung?dinh_dang=xlsx|csv&<the users list's filters and sort>
export const GET = listDownloadHandler({
  schema: userListSchema,
  read: async (viewer, params, m) => userListExport(m, await exportUsers(viewer, params)),
});
