import { getMessages } from "next-intl/server";
import { getViewer } from "@/lib/auth/viewer";
import { partnerImportCommittees } from "@/lib/data/partner-import";
import { contentDisposition } from "@/lib/export/content-disposition";
import { partnerImportTemplate } from "@/lib/import/partner-template";
import { buildImportTemplate } from "@/lib/import/template";

// /doi-tac/nhap/mau: the partners' import template, with the kinds and the
// committees this user keeps partners for in its lists.
export async function GET(): Promise<Response> {
  const viewer = await getViewer();
  if (!viewer) return new Response(null, { status: 401, headers: { "Cache-Control": "no-store" } });
  const [m, committees] = await Promise.all([getMessages(), partnerImportCommittees(viewer)]);
  if (committees.length === 0) return new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });
  const bytes = await buildImportTemplate(partnerImportTemplate(m, { committees }));
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": contentDisposition(`${m.partners.importTitle}.xlsx`),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
