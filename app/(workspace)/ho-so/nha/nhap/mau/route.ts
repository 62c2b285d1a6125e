import { getMessages } from "next-intl/server";
import { getViewer } from "@/lib/auth/viewer";
import { houseImportLookups } from "@/lib/data/house-import";
import { contentDisposition } from "@/lib/export/content-disposition";
import { houseImportTemplate } from "@/lib/import/house-template";
import { buildImportTemplate } from "@/lib/import/template";

// /ho-so/nha/nhap/mau: the house handovers' import template, with the
// programmes, the committees this user records for and the known
// contributors in its lists.
export async function GET(): Promise<Response> {
  const viewer = await getViewer();
  if (!viewer) return new Response(null, { status: 401, headers: { "Cache-Control": "no-store" } });
  const [m, lookups] = await Promise.all([getMessages(), houseImportLookups(viewer)]);
  if (lookups.committees.length === 0) return new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });
  const bytes = await buildImportTemplate(
    houseImportTemplate(m, { programmes: lookups.programmes, committees: lookups.committees, contributors: [...lookups.funderCommittees, ...lookups.partners] }),
  );
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": contentDisposition(`${m.houses.importTitle}.xlsx`),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
