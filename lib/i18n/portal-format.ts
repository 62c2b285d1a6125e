import { formatDate, formatDateTime, formatNumber, formatPercent, toIsoDate, vndFigure, vndShortParts, type MoneyUnit } from "@/lib/format";
import type { Locale } from "./config";

/** The catalog's money words (`money.vnd`, `money.short`), already bound to a translator. */
export type MoneyWords = {
  vnd: (amount: string) => string;
  short: (amount: string, unit: MoneyUnit) => string;
};

/**
 * Numbers and money in the reader's locale, dates as dd/MM/yyyy in Vietnam's
 * time zone in every locale. Made by `getFormat()` on the server and
 * `useFormat()` in client components.
 */
export function createPortalFormat(locale: Locale, words: MoneyWords) {
  return {
    locale,
    number: (value: number | bigint, options?: Intl.NumberFormatOptions) => formatNumber(value, locale, options),
    percent: (ratio: number, maximumFractionDigits?: number) => formatPercent(ratio, locale, maximumFractionDigits),
    /** "950.000.000 đ" (vi), "950,000,000 VND" (en). */
    vnd: (value: bigint | number) => words.vnd(vndFigure(value, locale)),
    /** "950 triệu đồng" (vi), "950 million VND" (en). */
    vndShort: (value: bigint | number, fractionDigits?: number) => {
      const { amount, unit } = vndShortParts(value, locale, fractionDigits);
      return words.short(amount, unit);
    },
    date: formatDate,
    dateTime: formatDateTime,
    isoDate: toIsoDate,
  };
}

export type PortalFormat = ReturnType<typeof createPortalFormat>;
