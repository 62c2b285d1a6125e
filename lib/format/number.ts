import { defaultLocale, localeTags, type Locale } from "@/lib/i18n/config";

// Numbers in the reader's locale: vi-VN by default ("." groups thousands,
// "," marks decimals), English ("1,234.5") when the reader chose it.

const cache = new Map<string, Intl.NumberFormat>();

/** One cached Intl.NumberFormat per locale and options. */
export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions = { maximumFractionDigits: 2 }): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(localeTags[locale], options);
    cache.set(key, format);
  }
  return format;
}

const INTEGER = { maximumFractionDigits: 0 } as const;

/**
 * `formatNumber(1234567)` → "1.234.567"; `formatNumber(1234.5)` → "1.234,5";
 * `formatNumber(1234.5, "en")` → "1,234.5". BigInt values are formatted
 * exactly, however large.
 */
export function formatNumber(value: number | bigint, locale: Locale = defaultLocale, options?: Intl.NumberFormatOptions): string {
  return numberFormat(locale, options ?? (typeof value === "bigint" ? INTEGER : undefined)).format(value);
}

/** `formatPercent(0.855)` → "85,5%" (the ratio 1 is 100%). */
export function formatPercent(ratio: number, locale: Locale = defaultLocale, maximumFractionDigits = 1): string {
  return numberFormat(locale, { style: "percent", maximumFractionDigits }).format(ratio);
}
