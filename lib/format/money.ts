import { defaultLocale, type Locale } from "@/lib/i18n/config";
import { formatNumber, numberFormat } from "./number";

// Money is whole VND held as BigInt. These helpers never convert a BigInt to
// a Number, so values beyond 2^53 stay exact. They produce the figure in the
// reader's locale; the currency and unit words come from the catalogs
// (`money.vnd`, `money.short`), see lib/i18n/format.

/** The unit word `money.short` selects. */
export type MoneyUnit = "billion" | "million" | "thousand" | "one";

export function toBigInt(value: bigint | number): bigint {
  if (typeof value === "bigint") return value;
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite amount: ${value}`);
  return BigInt(Math.round(value));
}

/** `vndFigure(950_000_000n)` → "950.000.000" (the figure of "950.000.000 đ"). */
export function vndFigure(value: bigint | number, locale: Locale = defaultLocale): string {
  return formatNumber(toBigInt(value), locale);
}

const SHORT_UNITS = [
  { size: 1_000_000_000n, unit: "billion" },
  { size: 1_000_000n, unit: "million" },
  { size: 1_000n, unit: "thousand" },
] as const;

/** n / d rounded half away from zero, for n ≥ 0 and d > 0. */
function divideRounded(n: bigint, d: bigint): bigint {
  return (n * 2n + d) / (2n * d);
}

function decimalSeparator(locale: Locale): string {
  return numberFormat(locale).formatToParts(1.5).find((part) => part.type === "decimal")?.value ?? ".";
}

/**
 * The amount in the largest fitting unit, as reports write it ("950 triệu
 * đồng", "1,2 tỷ đồng", "500 đồng"): `vndShortParts(1_200_000_000n)` →
 * `{ amount: "1,2", unit: "billion" }`. Rounded half up to `fractionDigits`
 * decimals (1 by default); trailing zeros are dropped.
 */
export function vndShortParts(value: bigint | number, locale: Locale = defaultLocale, fractionDigits = 1): { amount: string; unit: MoneyUnit } {
  if (!Number.isInteger(fractionDigits) || fractionDigits < 0 || fractionDigits > 6) {
    throw new RangeError(`fractionDigits must be a whole number from 0 to 6, got ${fractionDigits}`);
  }
  const amount = toBigInt(value);
  const sign = amount < 0n ? "-" : "";
  const abs = amount < 0n ? -amount : amount;
  const scale = 10n ** BigInt(fractionDigits);

  // The largest unit the amount reaches; one up when rounding reaches 1.000
  // (999.960.000 đ is "1 tỷ đồng", not "1.000 triệu đồng").
  let index = SHORT_UNITS.findIndex((unit) => abs >= unit.size);
  let chosen: { scaled: bigint; unit: MoneyUnit } | undefined;
  while (index >= 0) {
    const unit = SHORT_UNITS[index]!;
    chosen = { scaled: divideRounded(abs * scale, unit.size), unit: unit.unit };
    if (index === 0 || chosen.scaled < 1000n * scale) break;
    index -= 1;
  }
  if (!chosen) return { amount: `${sign}${formatNumber(abs, locale)}`, unit: "one" };

  const whole = formatNumber(chosen.scaled / scale, locale);
  const fraction = (chosen.scaled % scale).toString().padStart(fractionDigits, "0").replace(/0+$/, "");
  return { amount: `${sign}${fraction ? `${whole}${decimalSeparator(locale)}${fraction}` : whole}`, unit: chosen.unit };
}
