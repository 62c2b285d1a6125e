import { describe, expect, it } from "vitest";
import { bigintKey, decodeCursor, encodeCursor, textKey, timestampKey } from "@/lib/data/list/cursor";
import { contentDisposition } from "@/lib/export/content-disposition";
import { csvLine, csvText } from "@/lib/export/csv";
import { createTranslator } from "next-intl";
import { en as enMessages } from "@/lib/i18n/messages/en";
import { vi as messages } from "@/lib/i18n/messages/vi";
import { countText, downloadHrefs, listHref, pageStatus, paginationLinks, sortHrefFor } from "@/lib/lists/list-url";
import { auditListSchema } from "@/lib/validation/audit-list";
import { parseSort, positionOf } from "@/lib/validation/list";
import { USER_SORTS, userListSchema } from "@/lib/validation/user-list";

describe("list URL schemas", () => {
  it("fall back to defaults on bad values instead of failing", () => {
    const params = userListSchema.parse({ q: ["a", "b"], vai_tro: "ROOT", trang_thai: "x", sap_xep: "password_hash", trang: "abc", sau: "<script>", cuoi: "yes" });
    expect(params).toEqual({ q: undefined, vai_tro: undefined, trang_thai: undefined, sap_xep: "ten", trang: 1, sau: undefined, truoc: undefined, cuoi: undefined });
    expect(auditListSchema.parse({ tu: "2024-13-45", den: "hôm qua", trang: "0", hanh_dong: "drop" })).toMatchObject({ tu: undefined, den: undefined, trang: 1, hanh_dong: undefined, sap_xep: "-thoi_diem" });
  });

  it("keep good values: filters, a descending sort, a page counted from the end", () => {
    const params = userListSchema.parse({ q: "  Hương ", vai_tro: "LEADER", sap_xep: "-ngay_tao", trang: "-3", truoc: "abc_-1", cuoi: "1" });
    expect(params).toMatchObject({ q: "Hương", vai_tro: "LEADER", sap_xep: "-ngay_tao", trang: -3, truoc: "abc_-1", cuoi: "1" });
    expect(parseSort(params.sap_xep, USER_SORTS)).toEqual({ slug: "ngay_tao", key: "createdAt", direction: "desc" });
    expect(positionOf(params)).toEqual({ page: -3, before: "abc_-1", last: true });
  });
});

describe("cursors", () => {
  it("round-trip a timestamp and a bigint id, and a text key", () => {
    const at = new Date("2024-03-01T01:02:03.456Z");
    const cursor = encodeCursor([at, 12345678901234n], [timestampKey, bigintKey]);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, [timestampKey, bigintKey])).toEqual([at, 12345678901234n]);
    expect(decodeCursor(encodeCursor(["Đặng Thị Ánh", "c1"], [textKey, textKey]), [textKey, textKey])).toEqual(["Đặng Thị Ánh", "c1"]);
  });

  it("read an edited or foreign cursor as none", () => {
    expect(decodeCursor("bm90IGpzb24", [timestampKey, bigintKey])).toBeUndefined();
    expect(decodeCursor(encodeCursor(["Ánh", "c1"], [textKey, textKey]), [timestampKey, bigintKey])).toBeUndefined();
    expect(decodeCursor(Buffer.from('["2024-01-01T00:00:00.000Z","1; drop table"]').toString("base64url"), [timestampKey, bigintKey])).toBeUndefined();
  });
});

describe("list links", () => {
  const params = { q: "an", sap_xep: "ten", trang: 3, sau: "c2" };
  const state = { page: 3, hasPrevious: true, hasNext: true, firstCursor: "f3", lastCursor: "l3" };

  it("carry the page number and a cursor; the default sort and empty values stay out", () => {
    expect(paginationLinks("/x", params, "ten", state, 9)).toEqual({
      first: "/x?q=an",
      previous: "/x?q=an&trang=2&truoc=f3",
      next: "/x?q=an&trang=4&sau=l3",
      last: "/x?q=an&trang=9&cuoi=1",
    });
    expect(paginationLinks("/x", params, "ten", { ...state, page: 2 }, null).previous).toBe("/x?q=an");
    expect(paginationLinks("/x", params, "ten", { ...state, hasNext: false, hasPrevious: false }, 1)).toEqual({ first: null, previous: null, next: null, last: null });
    expect(paginationLinks("/x", params, "ten", state, null).last).toBe("/x?q=an&trang=-1&cuoi=1");
  });

  it("sorting and downloading drop the position", () => {
    expect(sortHrefFor("/x", params, "ten")("ten", "desc")).toBe("/x?q=an&sap_xep=-ten");
    expect(downloadHrefs("/api/x", params, messages.list).map((d) => d.href)).toEqual(["/api/x?q=an&sap_xep=ten&dinh_dang=xlsx", "/api/x?q=an&sap_xep=ten&dinh_dang=csv"]);
    expect(listHref("/x", { q: "" })).toBe("/x");
  });

  it("say where the reader is and how many rows there are, capped above 10.000", () => {
    const pagination = createTranslator({ locale: "vi", messages, namespace: "pagination" });
    const list = createTranslator({ locale: "vi", messages, namespace: "list" });
    expect(pageStatus(3, 9, pagination)).toBe("Trang 3 / 9");
    expect(pageStatus(-1, null, pagination)).toBe("Trang cuối");
    expect(pageStatus(-4, null, pagination)).toBe("Trang thứ 4 tính từ cuối");
    expect(countText({ count: 10_000, capped: true }, list)).toBe("Hơn 10.000 kết quả");
    expect(countText({ count: 1234, capped: false }, list)).toBe("1.234 kết quả");
    const english = createTranslator({ locale: "en", messages: enMessages, namespace: "list" });
    expect(countText({ count: 1, capped: false }, english)).toBe("1 result");
    expect(countText({ count: 10_000, capped: true }, english)).toBe("More than 10,000 results");
  });
});

describe("downloads", () => {
  it("name the file in ASCII and in UTF-8 (RFC 5987)", () => {
    expect(contentDisposition("Nhật ký Đà Nẵng (1).xlsx")).toBe(
      `attachment; filename="Nhat ky Da Nang (1).xlsx"; filename*=UTF-8''Nh%E1%BA%ADt%20k%C3%BD%20%C4%90%C3%A0%20N%E1%BA%B5ng%20%281%29.xlsx`,
    );
    expect(contentDisposition('a"b\\c.csv')).toContain('filename="a_b_c.csv"');
  });

  it("write CSV fields quoted when needed, formulas defused, numbers and times plain", () => {
    expect(csvText('Ban "Dân vận", xã')).toBe('"Ban ""Dân vận"", xã"');
    expect(csvText("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvLine(["Ánh", 950_000_000n, new Date("2024-03-01T17:30:00Z"), new Date("2024-03-01T00:00:00Z"), null], ["text", "money", "datetime", "date", "text"])).toBe(
      "Ánh,950000000,2024-03-02 00:30:00,2024-03-01,\r\n",
    );
  });
});
