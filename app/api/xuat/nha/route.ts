import { exportHouses } from "@/lib/data/house-list";
import { listDownloadHandler } from "@/lib/export/download-route";
import { houseListExport } from "@/lib/lists/house-list-export";
import { houseExportSchema } from "@/lib/validation/house-list";

// /api/xuat/nha?dinh_dang=xlsx|csv&<the houses list's filters and sort>[&ho_gia_dinh=1 for leaders]
export const GET = listDownloadHandler({
  schema: houseExportSchema,
  read: async (viewer, params, m) => houseListExport(m, await exportHouses(viewer, params)),
});
