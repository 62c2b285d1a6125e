import { describe, expect, it } from "vitest";
import { documentBodies, documentDateParts } from "@/lib/export/party-document";

describe("Party document layout", () => {
  it("writes the date with leading zeros for days 1–9 and months 1–2 only", () => {
    expect(documentDateParts(new Date("2026-01-09T00:00:00Z"))).toEqual({ day: "09", month: "01", year: "2026" });
    expect(documentDateParts(new Date("2018-04-03T00:00:00Z"))).toEqual({ day: "03", month: "4", year: "2018" });
    expect(documentDateParts(new Date("2023-11-23T00:00:00Z"))).toEqual({ day: "23", month: "11", year: "2023" });
    expect(documentDateParts(new Date("2024-02-29T00:00:00Z"))).toEqual({ day: "29", month: "02", year: "2024" });
  });

  it("splits a committee's name into the superior and issuing bodies, and the place", () => {
    expect(documentBodies("Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang", "Tỉnh ủy An Giang")).toEqual({ superior: "TỈNH ỦY AN GIANG", issuing: "BAN TUYÊN GIÁO VÀ DÂN VẬN", place: "An Giang" });
    expect(documentBodies("Ban Dân vận Thành ủy Thành phố Hồ Chí Minh", "Thành ủy Thành phố Hồ Chí Minh")).toEqual({ superior: "THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH", issuing: "BAN DÂN VẬN", place: "Thành phố Hồ Chí Minh" });
    expect(documentBodies("Khối Dân vận xã Cần Giờ", "Cần Giờ")).toEqual({ superior: null, issuing: "KHỐI DÂN VẬN XÃ CẦN GIỜ", place: "Cần Giờ" });
  });
});
