import { getMessages, getTranslations } from "next-intl/server";
import { getViewer, mustChangePassword } from "@/lib/auth/viewer";
import { getDashboard } from "@/lib/data/dashboard";
import { contentDisposition } from "@/lib/export/content-disposition";
import { dashboardWorkbook } from "@/lib/export/dashboard-xlsx";
import { formatPeriodCode, periodLabelValues } from "@/lib/periods";
import { dashboardParams } from "@/lib/validation/search-params";

// /api/xuat/bang-dieu-khien?ban=&ky=&gop=: the dashboard as an Excel workbook, read live.
export async function GET(request: Request): Promise<Response> {
  const viewer = await getViewer();
  if (!viewer || (await mustChangePassword())) return new Response(null, { status: 401, headers: { "Cache-Control": "no-store" } });
  const params = dashboardParams.parse(Object.fromEntries(new URL(request.url).searchParams));
  const [dashboard, m, tPeriods] = await Promise.all([getDashboard(viewer, params), getMessages(), getTranslations("periods")]);
  const label = dashboard.code.kind === "PHASE" ? (dashboard.phase?.name ?? formatPeriodCode(dashboard.code)) : tPeriods("label", periodLabelValues(dashboard.code.kind, dashboard.code.year, dashboard.code.sequence));
  const body = await dashboardWorkbook(dashboard, m, label);
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": contentDisposition(`${m.nav.dashboard} ${formatPeriodCode(dashboard.code)}.xlsx`),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
