import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatNumber, formatPercent, toIsoDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/config";
import { catalogs } from "@/lib/i18n/messages";
import { createPortalFormat } from "@/lib/i18n/portal-format";

// The portal's formatter with the real catalogs' money words, as getFormat()
// builds it for a request.
function portalFormat(locale: Locale) {
  const t = createTranslator({ locale, messages: catalogs[locale], namespace: "money" });
  return createPortalFormat(locale, { vnd: (amount) => t("vnd", { amount }), short: (amount, unit) => t("short", { amount, unit }) });
}
const vi = portalFormat("vi");
const en = portalFormat("en");
const formatVnd = vi.vnd;
const formatVndShort = vi.vndShort;

describe("formatVnd", () => {
  it("groups thousands with dots and appends đ", () => {
    expect(formatVnd(950_000_000n)).toBe("950.000.000 đ");
    expect(formatVnd(0n)).toBe("0 đ");
    expect(formatVnd(1_500n)).toBe("1.500 đ");
    expect(formatVnd(-25_000n)).toBe("-25.000 đ");
  });

  it("stays exact beyond Number.MAX_SAFE_INTEGER", () => {
    expect(formatVnd(123_456_789_012_345_678_901n)).toBe("123.456.789.012.345.678.901 đ");
    expect(formatVnd(9_007_199_254_740_993n)).toBe("9.007.199.254.740.993 đ");
  });

  it("accepts whole numbers", () => {
    expect(formatVnd(50_000)).toBe("50.000 đ");
  });
});

describe("formatVndShort", () => {
  it.each([
    [950_000_000n, "950 triệu đồng"],
    [1_200_000_000n, "1,2 tỷ đồng"],
    [1_000_000_000n, "1 tỷ đồng"],
    [1_250_000_000n, "1,3 tỷ đồng"],
    [1_240_000_000n, "1,2 tỷ đồng"],
    [50_000_000n, "50 triệu đồng"],
    [2_500_000n, "2,5 triệu đồng"],
    [150_000n, "150 nghìn đồng"],
    [500n, "500 đồng"],
    [0n, "0 đồng"],
    [-950_000_000n, "-950 triệu đồng"],
  ])("%s → %s", (value, expected) => {
    expect(formatVndShort(value)).toBe(expected);
  });

  it("moves up a unit when rounding reaches 1.000", () => {
    expect(formatVndShort(999_960_000n)).toBe("1 tỷ đồng");
    expect(formatVndShort(999_950n)).toBe("1 triệu đồng");
  });

  it("groups large figures and stays exact beyond 2^53", () => {
    expect(formatVndShort(12_345_000_000_000n)).toBe("12.345 tỷ đồng");
    expect(formatVndShort(123_456_789_012_345_678_901n)).toBe("123.456.789.012,3 tỷ đồng");
  });

  it("takes the number of decimals", () => {
    expect(formatVndShort(1_234_567_890n, 2)).toBe("1,23 tỷ đồng");
    expect(formatVndShort(1_205_000_000n, 2)).toBe("1,21 tỷ đồng");
    expect(formatVndShort(1_234_567_890n, 0)).toBe("1 tỷ đồng");
    expect(() => formatVndShort(1n, -1)).toThrow(RangeError);
  });
});

describe("money in English", () => {
  it("writes VND with English separators and words", () => {
    expect(en.vnd(950_000_000n)).toBe("950,000,000 VND");
    expect(en.vndShort(950_000_000n)).toBe("950 million VND");
    expect(en.vndShort(1_200_000_000n)).toBe("1.2 billion VND");
    expect(en.vndShort(150_000n)).toBe("150 thousand VND");
    expect(en.vndShort(500n)).toBe("500 VND");
  });

  it("keeps dates as dd/MM/yyyy", () => {
    expect(en.date(new Date("2023-02-24T03:00:00Z"))).toBe("24/02/2023");
    expect(vi.date(new Date("2023-02-24T03:00:00Z"))).toBe("24/02/2023");
  });
});

describe("formatNumber and formatPercent", () => {
  it("uses vi-VN separators", () => {
    expect(formatNumber(1_234_567)).toBe("1.234.567");
    expect(formatNumber(1234.5)).toBe("1.234,5");
    expect(formatNumber(19)).toBe("19");
    expect(formatNumber(12_345_678_901_234_567_890n)).toBe("12.345.678.901.234.567.890");
    expect(formatNumber(3.14159, "vi", { maximumFractionDigits: 3 })).toBe("3,142");
  });

  it("follows the English locale when it is chosen", () => {
    expect(formatNumber(1234.5, "en")).toBe("1,234.5");
    expect(en.number(1_234_567n)).toBe("1,234,567");
    expect(formatPercent(0.855, "en")).toBe("85.5%");
  });

  it("formats ratios as percentages", () => {
    expect(formatPercent(0.855)).toBe("85,5%");
    expect(formatPercent(1)).toBe("100%");
  });
});

describe("formatDate and formatDateTime", () => {
  it("writes dd/MM/yyyy", () => {
    expect(formatDate(new Date("2023-02-24T03:00:00Z"))).toBe("24/02/2023");
    expect(formatDate("2023-07-05T00:00:00.000Z")).toBe("05/07/2023");
  });

  it("uses Vietnam's time zone, not the server's", () => {
    // 20:30 UTC on 23/11 is 03:30 on 24/11 in Hà Nội.
    expect(formatDate(new Date("2023-11-23T20:30:00Z"))).toBe("24/11/2023");
    expect(formatDateTime(new Date("2023-11-23T20:30:00Z"))).toBe("24/11/2023 03:30");
    // 16:59 UTC is still the same day (23:59 in Hà Nội).
    expect(formatDate(new Date("2023-11-23T16:59:00Z"))).toBe("23/11/2023");
  });

  it("keeps the calendar day of date-only columns (UTC midnight)", () => {
    expect(formatDate(new Date(Date.UTC(2023, 6, 17)))).toBe("17/07/2023");
    expect(toIsoDate(new Date(Date.UTC(2023, 6, 17)))).toBe("2023-07-17");
  });

  it("uses a 24-hour clock", () => {
    expect(formatDateTime(new Date("2023-11-23T04:47:00Z"))).toBe("23/11/2023 11:47");
    expect(formatDateTime(new Date("2023-11-23T17:00:00Z"))).toBe("24/11/2023 00:00");
    expect(formatDateTime(new Date("2023-11-23T12:13:00Z"))).toBe("23/11/2023 19:13");
  });

  it("rejects invalid dates", () => {
    expect(() => formatDate("not a date")).toThrow(RangeError);
  });
});
