import { z } from "zod";
import { describe, expect, it } from "vitest";
import { viTranslator } from "@/lib/i18n/vietnamese";
import { vndField } from "@/lib/validation/money";

const schema = z.object({ value: vndField({ positive: true }), support: vndField({ optional: true }), zeroOk: vndField() });

/** The first message of each field, as the form shows it (in Vietnamese). */
function messages(input: Record<string, unknown>) {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const found: Record<string, string> = {};
  const translate = viTranslator as unknown as (key: string) => string;
  for (const issue of result.error.issues) found[issue.path.join(".")] ??= translate(issue.message);
  return found;
}

describe("vndField", () => {
  it("reads what staff type into whole đồng", () => {
    expect(schema.parse({ value: "950 triệu", support: "1,5 tỷ", zeroOk: "0" })).toEqual({ value: 950_000_000n, support: 1_500_000_000n, zeroOk: 0n });
    expect(schema.parse({ value: "950.000.000 đ", support: "500k", zeroOk: "1 tỷ 200 triệu" })).toEqual({
      value: 950_000_000n,
      support: 500_000n,
      zeroOk: 1_200_000_000n,
    });
  });

  it("takes an empty or absent optional amount as null", () => {
    expect(schema.parse({ value: "1", support: "", zeroOk: "1" }).support).toBeNull();
    expect(schema.parse({ value: "1", support: "   ", zeroOk: "1" }).support).toBeNull();
    expect(schema.parse({ value: "1", zeroOk: "1" }).support).toBeNull();
  });

  it("gives each refusal its Vietnamese message", () => {
    expect(messages({ value: "", support: "abc", zeroOk: "-5" })).toEqual({
      value: "Vui lòng nhập mục này.",
      support: "Số tiền không hợp lệ. Hãy nhập như 950.000.000, 950 triệu, 950tr hoặc 1,5 tỷ.",
      zeroOk: "Số tiền không được âm.",
    });
    expect(messages({ value: "0", support: "1,5", zeroOk: "1.000.000.000.000.000" })).toEqual({
      value: "Số tiền phải lớn hơn 0 đ.",
      support: "Số tiền phải là một số đồng tròn, không có phần lẻ dưới một đồng.",
      zeroOk: "Số tiền quá lớn: tối đa 999.999.999.999.999 đ.",
    });
    expect(messages({ support: "1" })).toEqual({ value: "Vui lòng nhập mục này.", zeroOk: "Vui lòng nhập mục này." });
  });

  it("refuses what is not text", () => {
    expect(schema.safeParse({ value: 5, zeroOk: "1" }).success).toBe(false);
    expect(schema.safeParse({ value: "1", zeroOk: "1", support: 5 }).success).toBe(false);
  });
});
