import { z } from "zod";
import { parseVnd } from "@/lib/money/parse-vnd";
import { VND_POSITIVE_MESSAGE, vndErrorMessage } from "./money-messages";

export type VndFieldOptions = {
  /** An empty or absent field is null instead of "Vui lòng nhập mục này." */
  optional?: boolean;
  /** Refuse 0 ("Số tiền phải lớn hơn 0 đ."). */
  positive?: boolean;
};

/**
 * A money field of a form: the text as typed ("950 triệu", "1,5 tỷ",
 * "950.000.000 đ"), read by parseVnd into whole đồng as a BigInt, or refused
 * with a catalog message (not an amount, negative, a fraction of a đồng, too
 * large, missing, zero when `positive`).
 *
 *   const houseSchema = z.object({ value: vndField({ positive: true }), support: vndField({ optional: true }) });
 */
export function vndField(options: VndFieldOptions & { optional: true }): z.ZodType<bigint | null, string | undefined>;
export function vndField(options?: VndFieldOptions & { optional?: false }): z.ZodType<bigint, string>;
export function vndField({ optional = false, positive = false }: VndFieldOptions = {}): z.ZodType<bigint | null, string | undefined> {
  const field = z.string({ error: vndErrorMessage("empty") }).transform((text, context): bigint | null => {
    const parsed = parseVnd(text);
    if (!parsed.ok) {
      if (parsed.error === "empty" && optional) return null;
      context.addIssue({ code: "custom", message: vndErrorMessage(parsed.error) });
      return z.NEVER;
    }
    if (positive && parsed.value === 0n) {
      context.addIssue({ code: "custom", message: VND_POSITIVE_MESSAGE });
      return z.NEVER;
    }
    return parsed.value;
  });
  return optional ? field.optional().transform((value) => value ?? null) : (field as z.ZodType<bigint | null, string | undefined>);
}
