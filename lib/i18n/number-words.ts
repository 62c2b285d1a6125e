// The number words of the portal's languages, from which lib/money/vnd-words
// spells an amount ("Chín trăm năm mươi triệu đồng", "Nine hundred fifty
// million dong").
//
// Why here and not in the catalogs: these are words of the language, not UI
// sentences, and each language combines them by its own rules (Vietnamese
// "linh", "mốt", "lăm", "tư"; English teens and hyphens), so the two lists
// cannot share one set of catalog keys the way messages do. They sit in a
// small file of their own (not lib/i18n/vietnamese.ts, which loads the whole
// catalog) because the money field, a client component, spells amounts as the
// user types. tests/unit/vietnamese-text.test.ts exempts this file for that
// reason; UI text still belongs in the catalogs.

export const VI_NUMBER_WORDS = {
  /** 0 to 9. */
  digits: ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"],
  /** 10, and the tens of 10 to 19 ("mười hai"). */
  ten: "mười",
  /** The tens of 20 to 99 ("hai mươi"). */
  tens: "mươi",
  hundred: "trăm",
  /** Between hundreds and a lone unit: "một trăm linh năm" (105). */
  zeroTens: "linh",
  /** 1 after "mươi": "hai mươi mốt" (21). */
  oneAfterTens: "mốt",
  /** 4 after "mươi": "hai mươi tư" (24). */
  fourAfterTens: "tư",
  /** 5 after "mười" or "mươi": "mười lăm" (15), "hai mươi lăm" (25). */
  fiveAfterTens: "lăm",
  /** Groups of three digits: units, nghìn (10^3), triệu (10^6); tỷ (10^9) repeats above. */
  thousand: "nghìn",
  million: "triệu",
  billion: "tỷ",
  currency: "đồng",
} as const;

export const EN_NUMBER_WORDS = {
  /** 0 to 19. */
  small: [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
  ],
  /** 20, 30, … 90 at index 2 to 9. */
  tens: ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"],
  hundred: "hundred",
  /** Groups of three digits, from the lowest. */
  scales: ["", "thousand", "million", "billion", "trillion"],
  currency: "dong",
} as const;
