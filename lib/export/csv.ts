import { vietnamWallClock, type ExportCellType, type ExportValue, type TableExport } from "./table-export";

// UTF-8 with a byte-order mark, so Excel opens Vietnamese text correctly.
export const UTF8_BOM = "\uFEFF";

const pad = (n: number) => String(n).padStart(2, "0");

/** Dates as `yyyy-mm-dd` and times as `yyyy-mm-dd hh:mm:ss` (Vietnam time): unambiguous in every locale. */
function formatCell(value: ExportValue, type: ExportCellType): string {
  if (value === null) return "";
  if (value instanceof Date) {
    const d = type === "date" ? value : vietnamWallClock(value);
    const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    return type === "date" ? day : `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  }
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  return csvText(value);
}

/**
 * A text field: quoted when it holds a separator, quote or line break; text
 * that a spreadsheet would run as a formula (= + - @ first) gets a leading
 * apostrophe.
 */
export function csvText(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(values: readonly ExportValue[], types: readonly ExportCellType[]): string {
  return `${values.map((value, index) => formatCell(value, types[index] ?? "text")).join(",")}\r\n`;
}

async function* csvChunks<Row>(table: TableExport<Row>): AsyncGenerator<string> {
  const types = table.columns.map((column) => column.type);
  yield UTF8_BOM + csvLine(table.columns.map((column) => column.header), []);
  for await (const batch of table.batches) {
    yield batch.map((row) => csvLine(table.columns.map((column) => column.value(row)), types)).join("");
  }
  for (const totals of table.totals) yield csvLine(totals, types.map((type, i) => (i === 0 ? "text" : type)));
}

/** The list as CSV, one batch at a time, read as the consumer pulls. */
export function csvStream<Row>(table: TableExport<Row>): ReadableStream<Uint8Array> {
  const chunks = csvChunks(table);
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
