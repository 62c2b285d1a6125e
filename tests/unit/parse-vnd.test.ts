import { describe, expect, it } from "vitest";
import { MAX_VND, parseVnd, vndInputValue, type VndParseError } from "@/lib/money/parse-vnd";

const ok = (input: string) => {
  const result = parseVnd(input);
  if (!result.ok) throw new Error(`"${input}" was refused: ${result.error}`);
  return result.value;
};
const error = (input: string): VndParseError | "accepted" => {
  const result = parseVnd(input);
  return result.ok ? "accepted" : result.error;
};

describe("parseVnd: plain figures", () => {
  it.each([
    ["950.000.000", 950_000_000n],
    ["950000000", 950_000_000n],
    ["950 000 000", 950_000_000n],
    ["500 500", 500_500n],
    ["950\u00a0000\u00a0000", 950_000_000n], // no-break spaces, as Intl writes them
    ["950\u202f000\u202f000", 950_000_000n], // narrow no-break spaces
    ["  950.000.000  ", 950_000_000n],
    ["950,000,000", 950_000_000n],
    ["950.000", 950_000n],
    ["950,000", 950_000n],
    ["1.000", 1_000n],
    ["1,000", 1_000n],
    ["0", 0n],
    ["000", 0n],
    ["0950", 950n],
    ["5", 5n],
    ["1.234.567,00", 1_234_567n],
    ["1,234,567.00", 1_234_567n],
    ["5,0", 5n],
    ["5.00", 5n],
    ["１２３", 123n], // full-width digits
  ])("%s → %s", (input, value) => {
    expect(ok(input)).toBe(value);
  });
});

describe("parseVnd: the currency", () => {
  it.each([
    ["950.000.000 đ", 950_000_000n],
    ["950.000.000đ", 950_000_000n],
    ["950.000.000 Đ", 950_000_000n],
    ["950.000.000 ₫", 950_000_000n],
    ["950.000.000 đồng", 950_000_000n],
    ["950.000.000 dong", 950_000_000n],
    ["950.000.000 ĐỒNG", 950_000_000n],
    ["950.000.000 VND", 950_000_000n],
    ["950.000.000 vnđ", 950_000_000n],
    ["950.000.000VNĐ", 950_000_000n],
    ["VND 950.000.000", 950_000_000n],
    ["950 triệu đồng", 950_000_000n],
    ["950tr đ", 950_000_000n],
  ])("%s → %s", (input, value) => {
    expect(ok(input)).toBe(value);
  });

  it("is accepted once, at the end (or VND first)", () => {
    expect(error("đ 950.000")).toBe("invalid");
    expect(error("950 đ đ")).toBe("invalid");
    expect(error("950 đồng 200")).toBe("invalid");
    expect(error("đồng")).toBe("invalid");
    expect(error("VND")).toBe("invalid");
    expect(error("950 triệuđ")).toBe("invalid"); // a word, not a unit and a currency
  });
});

describe("parseVnd: unit words", () => {
  it.each([
    ["950 triệu", 950_000_000n],
    ["950 trieu", 950_000_000n],
    ["950 TRIỆU", 950_000_000n],
    ["950 Triệu", 950_000_000n],
    ["950tr", 950_000_000n],
    ["950 tr", 950_000_000n],
    ["950TR", 950_000_000n],
    ["1 tỷ", 1_000_000_000n],
    ["1 tỉ", 1_000_000_000n],
    ["1 ty", 1_000_000_000n],
    ["1 ti", 1_000_000_000n],
    ["1,5 tỷ", 1_500_000_000n],
    ["1.5 tỷ", 1_500_000_000n],
    ["1,5tỷ", 1_500_000_000n],
    ["1,25 tỷ", 1_250_000_000n],
    ["0,5 tỷ", 500_000_000n],
    ["2,5 triệu", 2_500_000n],
    ["2.5 triệu", 2_500_000n],
    ["2,25 triệu", 2_250_000n],
    ["1 tỷ 200 triệu", 1_200_000_000n],
    ["1ty200tr", 1_200_000_000n],
    ["1 tỷ 200 triệu 500 nghìn", 1_200_500_000n],
    ["1 tỷ 200 triệu 500 nghìn 300 đồng", 1_200_500_300n],
    ["1 tỷ 200 triệu 500 nghìn 300", 1_200_500_300n],
    ["500 nghìn", 500_000n],
    ["500 nghin", 500_000n],
    ["500 ngàn", 500_000n],
    ["500 ngan", 500_000n],
    ["500k", 500_000n],
    ["500K", 500_000n],
    ["500 k", 500_000n],
    ["2 nghìn tỷ", 2_000_000_000_000n],
    ["1.5k", 1_500n],
    ["1 nghìn tỷ 500 tỷ", 1_500_000_000_000n],
    ["1.500 tỷ", 1_500_000_000_000n], // vi-VN groups thousands with "."
    ["1.250 tỷ", 1_250_000_000_000n],
    ["1.250.000 tỷ", 1_250_000_000_000_000n], // above MAX_VND: too large
    ["1,500 tỷ", 1_500_000_000n], // vi-VN: "," is the decimal mark
    ["12.500 triệu", 12_500_000_000n],
    ["1 200 triệu", 1_200_000_000n],
    ["2 triệu rưỡi", 2_500_000n],
    ["2 trieu ruoi", 2_500_000n],
    ["1 tỷ rưỡi", 1_500_000_000n],
    ["0 triệu", 0n],
  ])("%s → %s", (input, value) => {
    if (value > MAX_VND) expect(error(input)).toBe("tooLarge");
    else expect(ok(input)).toBe(value);
  });

  it("read the digits after a unit as the next unit down, as people say them", () => {
    expect(ok("1 tỷ 2")).toBe(1_200_000_000n);
    expect(ok("1 tỷ 25")).toBe(1_250_000_000n);
    expect(ok("1 tỷ 200")).toBe(1_200_000_000n);
    expect(ok("3 triệu 5")).toBe(3_500_000n);
    expect(ok("1tr5")).toBe(1_500_000n);
    expect(ok("5 nghìn 5")).toBe(5_500n);
    expect(error("1 tỷ 2000")).toBe("invalid");
    expect(error("1 tỷ 2,5")).toBe("invalid");
    expect(error("1 tỷ 200 000")).toBe("invalid");
  });

  it("refuse units out of order, repeated, or a part as large as the unit before it", () => {
    expect(error("200 triệu 1 tỷ")).toBe("invalid");
    expect(error("1 tỷ 2 tỷ")).toBe("invalid");
    expect(error("1 triệu 1 triệu")).toBe("invalid");
    expect(error("1 tỷ 1500 triệu")).toBe("invalid");
    expect(error("1 tỷ 1000 triệu")).toBe("invalid");
    expect(error("triệu")).toBe("invalid");
    expect(error("1 triệu rưỡi rưỡi")).toBe("invalid");
    expect(error("rưỡi")).toBe("invalid");
    expect(error("1,5 triệu rưỡi")).toBe("invalid");
  });
});

describe("parseVnd: refusals", () => {
  it.each(["", "   ", "\u00a0"])("%j is empty", (input) => {
    expect(error(input)).toBe("empty");
  });

  it.each([
    "abc",
    "9a",
    "một triệu",
    "950 triệu abc",
    "1..000",
    "1.000.00",
    "1.00.000",
    "1,000.000,5",
    "1.000,000.5",
    ".5",
    "5.",
    "1e9",
    "0x10",
    "Infinity",
    "NaN",
    "+500",
    "12 34",
    "1 000 00",
    "50%",
    "1/2",
    "-",
    "--5",
    "5 tỷ tr tr k",
    "5 tỷ triệu",
    "5 k k",
    "9".repeat(101),
  ])("%j is not an amount", (input) => {
    expect(error(input)).toBe("invalid");
  });

  it.each(["-500.000", "−500.000", "- 500 triệu", "-1,5 tỷ", "-0,5"])("%j is negative", (input) => {
    expect(error(input)).toBe("negative");
  });

  it("takes -0 as zero", () => {
    expect(ok("-0")).toBe(0n);
  });

  it.each(["1,5", "1.5", "0,5 đ", "1.000.000,50", "1,234,567.5", "1,0000000001 tỷ", "2,0005 nghìn", "1.5555k"])("%j leaves a fraction of a đồng", (input) => {
    expect(error(input)).toBe("fraction");
  });

  it("accepts up to MAX_VND and refuses more", () => {
    expect(MAX_VND).toBe(10n ** 15n - 1n);
    expect(ok("999.999.999.999.999")).toBe(MAX_VND);
    expect(ok("999 nghìn tỷ")).toBe(999_000_000_000_000n);
    expect(error("1.000.000.000.000.000")).toBe("tooLarge");
    expect(error("1000 nghìn tỷ")).toBe("tooLarge");
    expect(error("1 triệu tỷ")).toBe("tooLarge");
    expect(error("9".repeat(99))).toBe("tooLarge");
  });

  it("never throws, whatever it is given", () => {
    const samples = ["\u0000", "💰", "٣", "9".repeat(100), " . , ", "đ".repeat(50), undefined as unknown as string, 5 as unknown as string];
    for (const sample of samples) expect(() => parseVnd(sample)).not.toThrow();
    expect(parseVnd(undefined as unknown as string)).toEqual({ ok: false, error: "invalid" });
  });
});

describe("vndInputValue", () => {
  it("writes a stored amount the way the field reads it back", () => {
    expect(vndInputValue(950_000_000n)).toBe("950.000.000");
    expect(vndInputValue(0n)).toBe("0");
    expect(vndInputValue(999n)).toBe("999");
    expect(vndInputValue(1_000n)).toBe("1.000");
    expect(vndInputValue(null)).toBe("");
    expect(vndInputValue(undefined)).toBe("");
    for (const amount of [0n, 7n, 1_000n, 12_345n, 950_000_000n, 1_500_000_000n, MAX_VND]) expect(parseVnd(vndInputValue(amount))).toEqual({ ok: true, value: amount });
  });
});
