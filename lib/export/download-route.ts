import "server-only";
import { z } from "zod";
import type { Viewer } from "@/lib/auth/policy";
import { getViewer, mustChangePassword } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/data/errors";
import type { Messages } from "next-intl";
import { getMessages } from "next-intl/server";
import { EXPORT_FORMATS, exportResponse } from "./response";
import { vietnamWallClock, type TableExport } from "./table-export";

const formatParam = z.enum(EXPORT_FORMATS).catch("xlsx");

/**
 * A GET handler for a list's download: the same URL schema as the list page,
 * the viewer from the session, authorization in the data layer (anything the
 * viewer may not read answers 404, as pages do), then the streamed file.
 */
export function listDownloadHandler<Params, Row>(options: {
  schema: z.ZodType<Params>;
  read: (viewer: Viewer, params: Params, m: Messages) => Promise<TableExport<Row>>;
}) {
  return async function GET(request: Request): Promise<Response> {
    const viewer = await getViewer();
    // A reset password must be changed before anything else is served.
    if (!viewer || (await mustChangePassword())) return new Response(null, { status: 401, headers: { "Cache-Control": "no-store" } });
    const searchParams = Object.fromEntries(new URL(request.url).searchParams);
    const params = options.schema.parse(searchParams);
    const format = formatParam.parse(searchParams.dinh_dang);
    const m = await getMessages();
    try {
      const table = await options.read(viewer, params, m);
      const day = vietnamWallClock(new Date()).toISOString().slice(0, 10);
      return exportResponse(table, format, `${table.title} ${day}`);
    } catch (error) {
      if (error instanceof NotFoundError) return new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });
      throw error;
    }
  };
}
