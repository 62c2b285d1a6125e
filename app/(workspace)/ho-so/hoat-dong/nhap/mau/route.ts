import { getMessages } from "next-intl/server";
import { getViewer } from "@/lib/auth/viewer";
import { activityImportLookups } from "@/lib/data/activity-import";
import { contentDisposition } from "@/lib/export/content-disposition";
import { activityImportTemplate } from "@/lib/import/activity-template";
import { buildImportTemplate } from "@/lib/import/template";

// /ho-so/hoat-dong/nhap/mau: the activities' import template, with the
// indicators and the committees this user records for in its lists.
export async function GET(): Promise<Response> {
  const viewer = await getViewer();
  if (!viewer) return new Response(null, { status: 401, headers: { "Cache-Control": "no-store" } });
  const [m, lookups] = await Promise.all([getMessages(), activityImportLookups(viewer)]);
  if (lookups.committees.length === 0) return new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });
  const bytes = await buildImportTemplate(activityImportTemplate(m, lookups));
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": contentDisposition(`${m.activities.importTitle}.xlsx`),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
