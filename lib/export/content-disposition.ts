/**
 * `attachment` (or `inline`) with an ASCII `filename` for old clients and the
 * UTF-8 name in `filename*` (RFC 6266 / RFC 5987): "Nhật ký.xlsx" →
 * filename="Nhat ky.xlsx"; filename*=UTF-8''Nh%E1%BA%ADt%20k%C3%BD.xlsx
 */
export function contentDisposition(fileName: string, type: "attachment" | "inline" = "attachment"): string {
  const ascii = fileName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
