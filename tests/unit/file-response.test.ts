import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { etagOf, fileResponse, matchesIfNoneMatch, safeFileName } from "@/lib/files/file-response";

const bytes = new Uint8Array([1, 2, 3, 4, 5]);
const sha256 = createHash("sha256").update(bytes).digest("hex");
const photo = { bytes, contentType: "image/webp", sha256, fileName: "Nhà tình nghĩa.webp" };
const get = (headers: Record<string, string> = {}, method = "GET") => new Request("http://localhost/tep/abc", { method, headers });

describe("fileResponse", () => {
  it("serves the bytes with type, length, private caching, ETag, nosniff and an inline name", async () => {
    const response = fileResponse(get(), photo);
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toEqual({
      "cache-control": "private, max-age=3600",
      "content-disposition": `inline; filename="Nha tinh nghia.webp"; filename*=UTF-8''Nh%C3%A0%20t%C3%ACnh%20ngh%C4%A9a.webp`,
      "content-length": "5",
      "content-type": "image/webp",
      etag: `"${sha256}"`,
      "x-content-type-options": "nosniff",
    });
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
  });

  it("answers 304 without a body when the browser has the file", async () => {
    for (const header of [`"${sha256}"`, `W/"${sha256}"`, `"other", "${sha256}"`, "*"]) {
      const response = fileResponse(get({ "If-None-Match": header }), photo);
      expect(response.status).toBe(304);
      expect(response.headers.get("etag")).toBe(`"${sha256}"`);
      expect(response.headers.get("cache-control")).toBe("private, max-age=3600");
      expect(response.headers.get("content-length")).toBeNull();
      expect(await response.text()).toBe("");
    }
    expect(fileResponse(get({ "If-None-Match": '"other"' }), photo).status).toBe(200);
  });

  it("may be cached publicly, for public images", () => {
    const response = fileResponse(get(), photo, { visibility: "public", maxAge: 86_400 });
    expect(response.headers.get("cache-control")).toBe("public, max-age=86400");
    expect(() => fileResponse(get(), photo, { maxAge: -1 })).toThrow(RangeError);
  });

  it("never shows other types inline (HTML or SVG from the portal's origin)", () => {
    for (const contentType of ["text/html", "image/svg+xml", "application/pdf", "application/octet-stream"]) {
      const response = fileResponse(get(), { ...photo, contentType, fileName: "x" });
      expect(response.headers.get("content-disposition")).toMatch(/^attachment; /);
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    }
    expect(fileResponse(get(), photo, { disposition: "attachment" }).headers.get("content-disposition")).toMatch(/^attachment; /);
  });

  it("answers HEAD with the headers only", async () => {
    const response = fileResponse(get({}, "HEAD"), photo);
    expect(response.headers.get("content-length")).toBe("5");
    expect(await response.text()).toBe("");
  });

  it("refuses a malformed hash", () => {
    expect(() => fileResponse(get(), { ...photo, sha256: 'abc"\r\nSet-Cookie: x' })).toThrow(RangeError);
    expect(() => etagOf("")).toThrow(RangeError);
  });
});

describe("matchesIfNoneMatch", () => {
  it("compares weakly and ignores absent headers", () => {
    expect(matchesIfNoneMatch(null, '"a"')).toBe(false);
    expect(matchesIfNoneMatch('"b"', '"a"')).toBe(false);
    expect(matchesIfNoneMatch(' W/"a" ', '"a"')).toBe(true);
  });
});

describe("safeFileName", () => {
  it("keeps a plain name and drops folders, control characters and quotes", () => {
    expect(safeFileName("anh-1.webp")).toBe("anh-1.webp");
    expect(safeFileName("../../etc/passwd")).toBe("passwd");
    expect(safeFileName("C:\\Users\\a\\ảnh.jpg")).toBe("ảnh.jpg");
    expect(safeFileName('a"b\r\nc.webp')).toBe("abc.webp");
    expect(safeFileName(".htaccess")).toBe("htaccess");
    expect(safeFileName("")).toBe("file");
    expect(safeFileName(null)).toBe("file");
    expect(safeFileName("x".repeat(400))).toHaveLength(150);
  });

  it("makes a header that cannot be split", () => {
    const response = fileResponse(get(), { ...photo, fileName: "a\r\nSet-Cookie: evil=1.webp" });
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(response.headers.get("content-disposition")).not.toMatch(/[\r\n]/);
  });
});
