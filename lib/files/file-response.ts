import { contentDisposition } from "@/lib/export/content-disposition";
import { PHOTO_CONTENT_TYPES } from "./limits";

// The answer of a route that serves a stored file (a record's photo, after
// the same scope check as the record). The ETag is the content's SHA-256, so
// a browser that has the file asks with If-None-Match and gets a bodiless
// 304. Record photos are private to signed-in viewers: cached by the browser
// only ("private"); public news images may pass `visibility: "public"`.

export type StoredFileBody = {
  bytes: Uint8Array;
  contentType: string;
  /** Hex SHA-256 of the bytes. */
  sha256: string;
  /** The name offered when saved ("nha-tinh-nghia.webp"); "file" when none. */
  fileName?: string | null;
};

export type FileResponseOptions = {
  /** "private" (default): only the viewer's browser caches; "public": shared caches too. */
  visibility?: "private" | "public";
  /** Seconds the file may be used without asking again; 3600 by default. */
  maxAge?: number;
  /** "inline" (default) shows it in the browser; other than images it is always an attachment. */
  disposition?: "inline" | "attachment";
};

/** Types a browser may show inline from the portal's origin: raster images, never HTML, SVG or PDF. */
const INLINE_TYPES = new Set<string>(PHOTO_CONTENT_TYPES);

const HEX_SHA256 = /^[0-9a-f]{64}$/i;

/** The strong ETag of a SHA-256. */
export function etagOf(sha256: string): string {
  if (!HEX_SHA256.test(sha256)) throw new RangeError("sha256 must be 64 hex digits");
  return `"${sha256.toLowerCase()}"`;
}

/** Whether an If-None-Match header names this ETag ("*", lists, weak tags: RFC 9110 weak comparison). */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (header === null) return false;
  const value = header.trim();
  if (value === "*") return true;
  return value.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

/** A file name safe to offer: no folders, no control characters, not too long; "file" when nothing is left. */
export function safeFileName(name: string | null | undefined): string {
  const base = (name ?? "").split(/[\\/]/).pop() ?? "";
  const clean = base.replace(/[\u0000-\u001f\u007f-\u009f"]/g, "").trim().replace(/^\.+/, "");
  const shortened = clean.length > 150 ? clean.slice(0, 150) : clean;
  return shortened === "" ? "file" : shortened;
}

/**
 * The Response for a stored file: its type, length, caching, ETag (304 when
 * the request's If-None-Match has it), `X-Content-Type-Options: nosniff` and a
 * Content-Disposition with a safe name. A HEAD request gets the headers only.
 */
export function fileResponse(request: Request, file: StoredFileBody, options: FileResponseOptions = {}): Response {
  const { visibility = "private", maxAge = 3600, disposition = "inline" } = options;
  if (!Number.isInteger(maxAge) || maxAge < 0) throw new RangeError("maxAge must be a whole number of seconds");
  const etag = etagOf(file.sha256);
  const inline = disposition === "inline" && INLINE_TYPES.has(file.contentType);
  const headers = new Headers({
    "Cache-Control": `${visibility}, max-age=${maxAge}`,
    ETag: etag,
    "X-Content-Type-Options": "nosniff",
  });
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });

  headers.set("Content-Type", file.contentType);
  headers.set("Content-Length", String(file.bytes.byteLength));
  headers.set("Content-Disposition", contentDisposition(safeFileName(file.fileName), inline ? "inline" : "attachment"));
  // Stored bytes come from a Buffer or an ArrayBuffer, never a SharedArrayBuffer.
  const body = request.method === "HEAD" ? null : (file.bytes as Uint8Array<ArrayBuffer>);
  return new Response(body, { status: 200, headers });
}
