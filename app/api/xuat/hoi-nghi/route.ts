import { getLocale } from "next-intl/server";
import { exportConferences } from "@/lib/data/conference-list";
import { listDownloadHandler } from "@/lib/export/download-route";
import type { Locale } from "@/lib/i18n/config";
import { conferenceListExport } from "@/lib/lists/conference-list-export";
import { conferenceListSchema } from "@/lib/validation/conference-list";

// /api/xuat/hoi-nghi?dinh_dang=xlsx|csv&<the conferences list's filters and sort>
export const GET = listDownloadHandler({
  schema: conferenceListSchema,
  read: async (viewer, params, m) => conferenceListExport(m, (await getLocale()) as Locale, await exportConferences(viewer, params)),
});
