import { describe, expect, it } from "vitest";
import { MAX_VND, parseVnd } from "@/lib/money/parse-vnd";
import { vndInWords } from "@/lib/money/vnd-words";

describe("vndInWords in Vietnamese", () => {
  it.each([
    [0n, "Không đồng"],
    [1n, "Một đồng"],
    [5n, "Năm đồng"],
    [10n, "Mười đồng"],
    [11n, "Mười một đồng"],
    [14n, "Mười bốn đồng"],
    [15n, "Mười lăm đồng"],
    [20n, "Hai mươi đồng"],
    [21n, "Hai mươi mốt đồng"],
    [24n, "Hai mươi tư đồng"],
    [25n, "Hai mươi lăm đồng"],
    [55n, "Năm mươi lăm đồng"],
    [99n, "Chín mươi chín đồng"],
    [100n, "Một trăm đồng"],
    [101n, "Một trăm linh một đồng"],
    [104n, "Một trăm linh bốn đồng"],
    [105n, "Một trăm linh năm đồng"],
    [110n, "Một trăm mười đồng"],
    [111n, "Một trăm mười một đồng"],
    [115n, "Một trăm mười lăm đồng"],
    [121n, "Một trăm hai mươi mốt đồng"],
    [999n, "Chín trăm chín mươi chín đồng"],
    [1_000n, "Một nghìn đồng"],
    [1_005n, "Một nghìn không trăm linh năm đồng"],
    [1_010n, "Một nghìn không trăm mười đồng"],
    [1_050n, "Một nghìn không trăm năm mươi đồng"],
    [10_000n, "Mười nghìn đồng"],
    [15_000n, "Mười lăm nghìn đồng"],
    [21_000n, "Hai mươi mốt nghìn đồng"],
    [105_000n, "Một trăm linh năm nghìn đồng"],
    [500_000n, "Năm trăm nghìn đồng"],
    [1_000_000n, "Một triệu đồng"],
    [1_000_001n, "Một triệu không trăm linh một đồng"],
    [1_050_000n, "Một triệu không trăm năm mươi nghìn đồng"],
    [2_500_000n, "Hai triệu năm trăm nghìn đồng"],
    [50_000_000n, "Năm mươi triệu đồng"],
    [950_000_000n, "Chín trăm năm mươi triệu đồng"],
    [1_000_000_000n, "Một tỷ đồng"],
    [1_000_000_001n, "Một tỷ không trăm linh một đồng"],
    [1_000_005_000n, "Một tỷ không trăm linh năm nghìn đồng"],
    [1_200_000_000n, "Một tỷ hai trăm triệu đồng"],
    [1_500_000_000n, "Một tỷ năm trăm triệu đồng"],
    [1_234_567_891n, "Một tỷ hai trăm ba mươi tư triệu năm trăm sáu mươi bảy nghìn tám trăm chín mươi mốt đồng"],
    [18_050_000_000n, "Mười tám tỷ không trăm năm mươi triệu đồng"], // 19 houses × 950 triệu
    [1_000_000_000_000n, "Một nghìn tỷ đồng"],
    [1_500_000_000_000n, "Một nghìn năm trăm tỷ đồng"],
    [2_000_000_000_500n, "Hai nghìn tỷ năm trăm đồng"],
    [2_000_000_000_050n, "Hai nghìn tỷ không trăm năm mươi đồng"],
    [1_005_000_000_000n, "Một nghìn không trăm linh năm tỷ đồng"],
    [MAX_VND, "Chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng"],
  ])("%s → %s", (amount, words) => {
    expect(vndInWords(amount)).toBe(words);
  });

  it("spells what the parser reads", () => {
    const spell = (input: string) => {
      const parsed = parseVnd(input);
      if (!parsed.ok) throw new Error(parsed.error);
      return vndInWords(parsed.value);
    };
    expect(spell("950 triệu")).toBe("Chín trăm năm mươi triệu đồng");
    expect(spell("1,5 tỷ")).toBe("Một tỷ năm trăm triệu đồng");
    expect(spell("950tr")).toBe(spell("950.000.000"));
  });
});

describe("vndInWords in English", () => {
  it.each([
    [0n, "Zero dong"],
    [5n, "Five dong"],
    [10n, "Ten dong"],
    [15n, "Fifteen dong"],
    [21n, "Twenty-one dong"],
    [25n, "Twenty-five dong"],
    [40n, "Forty dong"],
    [101n, "One hundred one dong"],
    [105n, "One hundred five dong"],
    [1_000_001n, "One million one dong"],
    [950_000_000n, "Nine hundred fifty million dong"],
    [1_500_000_000n, "One billion five hundred million dong"],
    [18_050_000_000n, "Eighteen billion fifty million dong"],
    [1_000_000_000_000n, "One trillion dong"],
    [MAX_VND, "Nine hundred ninety-nine trillion nine hundred ninety-nine billion nine hundred ninety-nine million nine hundred ninety-nine thousand nine hundred ninety-nine dong"],
  ])("%s → %s", (amount, words) => {
    expect(vndInWords(amount, "en")).toBe(words);
  });
});

describe("vndInWords range", () => {
  it("refuses negative amounts and amounts above MAX_VND", () => {
    expect(() => vndInWords(-1n)).toThrow(RangeError);
    expect(() => vndInWords(MAX_VND + 1n)).toThrow(RangeError);
    expect(() => vndInWords(MAX_VND + 1n, "en")).toThrow(RangeError);
  });
});
