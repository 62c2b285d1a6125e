import { createHash } from "node:crypto";
import type { CheckedFile } from "@/lib/data/records/stored-files";
import { DOCUMENT_MAX_BYTES, type DocumentCheck } from "@/lib/validation/agreement";

// A signed document is kept only if its bytes are a PDF: the header `%PDF-`
// at the start and the end-of-file marker `%%EOF` near the end, whatever the
// file's name or the type the browser claimed. Nothing is parsed or run.

const HEADER = Buffer.from("%PDF-", "latin1");
const TRAILER = Buffer.from("%%EOF", "latin1");
/** PDF writers may put whitespace or a few bytes after the last %%EOF. */
const TRAILER_WINDOW = 1024;

export function isPdf(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.byteLength < HEADER.byteLength + TRAILER.byteLength) return false;
  if (!buffer.subarray(0, HEADER.byteLength).equals(HEADER)) return false;
  return buffer.subarray(Math.max(0, buffer.byteLength - TRAILER_WINDOW)).includes(TRAILER);
}

export type CheckedDocument = { check: DocumentCheck; file: CheckedFile | null };

/** A file's name as people see it: no path, no control characters, at most 200 characters. */
function cleanName(name: string): string | null {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, 200);
  return cleaned === "" ? null : cleaned;
}

/**
 * Reads the form's file field: nothing chosen ("none"), a PDF within the size
 * limit ("pdf", with the bytes to store), or a refusal ("notPdf", "tooLarge").
 */
export async function checkPdfUpload(value: FormDataEntryValue | null): Promise<CheckedDocument> {
  if (value === null || typeof value === "string" || value.size === 0) return { check: "none", file: null };
  if (value.size > DOCUMENT_MAX_BYTES) return { check: "tooLarge", file: null };
  const bytes = new Uint8Array(await value.arrayBuffer());
  if (bytes.byteLength > DOCUMENT_MAX_BYTES) return { check: "tooLarge", file: null };
  if (!isPdf(bytes)) return { check: "notPdf", file: null };
  return {
    check: "pdf",
    file: {
      contentType: "application/pdf",
      bytes,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      originalName: cleanName(value.name),
    },
  };
}
