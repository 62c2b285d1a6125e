import { exportModels } from "@/lib/data/model-list";
import { listDownloadHandler } from "@/lib/export/download-route";
import { modelListExport } from "@/lib/lists/model-list-export";
import { modelListSchema } from "@/lib/validation/model-list";

// /api/xuat/mo-hinh?dinh_dang=xlsx|csv&<the models list's filters and sort>
export const GET = listDownloadHandler({
  schema: modelListSchema,
  read: async (viewer, params, m) => modelListExport(m, await exportModels(viewer, params)),
});
