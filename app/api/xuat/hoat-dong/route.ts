import { getTranslations } from "next-intl/server";
import { exportActivities } from "@/lib/data/activity-list";
import { listDownloadHandler } from "@/lib/export/download-route";
import { activityListExport } from "@/lib/lists/activity-list-export";
import { activityListSchema } from "@/lib/validation/activity-list";

// /api/xuat/hoat-dong?dinh_dang=xlsx|csv&<the activities list's filters and sort>
export const GET = listDownloadHandler({
  schema: activityListSchema,
  read: async (viewer, params, m) => {
    const [data, t] = await Promise.all([exportActivities(viewer, params), getTranslations("activities")]);
    return activityListExport(m, data, params.chi_so !== undefined, t("count", { count: Number(data.totals.activities) }));
  },
});
