// vi-VN number formatting: "." groups thousands, "," marks decimals.
export const FORMAT_LOCALE = "vi-VN";

const integerFormat = new Intl.NumberFormat(FORMAT_LOCALE, { maximumFractionDigits: 0 });
const defaultFormat = new Intl.NumberFormat(FORMAT_LOCALE, { maximumFractionDigits: 2 });

/**
 * `formatNumber(1234567)` → "1.234.567"; `formatNumber(1234.5)` → "1.234,5".
 * BigInt values are formatted exactly, however large.
 */
export function formatNumber(value: number | bigint, options?: Intl.NumberFormatOptions): string {
  if (options) return new Intl.NumberFormat(FORMAT_LOCALE, options).format(value);
  return typeof value === "bigint" ? integerFormat.format(value) : defaultFormat.format(value);
}

/** `formatPercent(0.855)` → "85,5%" (the ratio 1 is 100%). */
export function formatPercent(ratio: number, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(FORMAT_LOCALE, { style: "percent", maximumFractionDigits }).format(ratio);
}
