import { getMessages } from "next-intl/server";
import { getViewer } from "@/lib/auth/viewer";
import { committeeImportLookups } from "@/lib/data/committee-import";
import { NotFoundError } from "@/lib/data/errors";
import { contentDisposition } from "@/lib/export/content-disposition";
import { committeeImportTemplate } from "@/lib/import/committee-template";
import { buildImportTemplate } from "@/lib/import/template";

// /co-quan/nhap/mau: the committees' import template (admins), with levels,
// kinds and today's committees in its lists.
export async function GET(): Promise<Response> {
  const viewer = await getViewer();
  if (!viewer) return new Response(null, { status: 401, headers: { "Cache-Control": "no-store" } });
  try {
    const [m, committees] = await Promise.all([getMessages(), committeeImportLookups(viewer)]);
    const bytes = await buildImportTemplate(committeeImportTemplate(m, { committees }));
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": contentDisposition(`${m.committeeAdmin.importTitle}.xlsx`),
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });
    throw error;
  }
}
