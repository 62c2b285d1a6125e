import "server-only";
import { contentDisposition } from "./content-disposition";
import { csvStream } from "./csv";
import type { TableExport } from "./table-export";
import { xlsxStream } from "./xlsx";

export const EXPORT_FORMATS = ["xlsx", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
};

/**
 * A download response streaming the table. The security headers are added to
 * it by proxy.ts like to every response; downloads are never cached.
 */
export function exportResponse<Row>(table: TableExport<Row>, format: ExportFormat, fileStem: string): Response {
  const body = format === "xlsx" ? xlsxStream(table) : csvStream(table);
  return new Response(body, {
    headers: {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": contentDisposition(`${fileStem}.${format}`),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
