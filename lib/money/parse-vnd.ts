// Reads an amount of đồng the way staff type it: "950.000.000", "950000000",
// "950 000 000", "950.000.000 đ", "950 triệu", "950tr", "1,5 tỷ", "1.5 tỷ",
// "1 tỷ 200 triệu", "500k", "2 triệu rưỡi", "1 tỷ 2" (spoken: 1,2 tỷ). Pure:
// used by the zod field on the server and by the money field as it is typed.
//
// Separators. vi-VN groups thousands with "." and writes decimals with ",",
// but people also type "950,000,000" or "1.5 tỷ". The rules:
// - "." and "," both present: the last one is the decimal mark
//   ("1.234.567,5" and "1,234,567.5").
// - several of the same mark: thousands ("950.000.000", "950,000,000").
// - one mark without a unit word: thousands when exactly three digits follow
//   and at most three precede ("950.000", "950,000"), since đồng have no
//   fractions; otherwise a decimal, which leaves a fraction of a đồng ("1,5").
// - one mark before a unit word: "." followed by exactly three digits groups
//   thousands as vi-VN writes it ("1.500 tỷ" is 1 500 tỷ); anything else is a
//   decimal ("1,5 tỷ", "1.5 tỷ", "2,25 triệu", and "1,500 tỷ" = 1,5 tỷ).
// Input is compared without case or diacritics ("TRIEU", "ty", "ngan").

/** The largest amount accepted: just under 10^15 (a "triệu tỷ"), far above any record's value. */
export const MAX_VND = 999_999_999_999_999n;

/** Why an input is not an amount. */
export type VndParseError = "empty" | "invalid" | "negative" | "fraction" | "tooLarge";

export type VndParseResult = { ok: true; value: bigint } | { ok: false; error: VndParseError };

/** Longer input is not an amount however it is written (and is never worth parsing). */
const MAX_INPUT_LENGTH = 100;

const UNITS: Record<string, bigint> = {
  ty: 1_000_000_000n,
  ti: 1_000_000_000n,
  trieu: 1_000_000n,
  tr: 1_000_000n,
  nghin: 1_000n,
  ngan: 1_000n,
  k: 1_000n,
};

/** "rưỡi" after a unit adds half of it: "2 triệu rưỡi". */
const HALF = "ruoi";

/** The currency, accepted once at the end ("950.000 đ", "950 triệu đồng") or "VND" at the start. */
const CURRENCY = new Set(["d", "dong", "vnd"]);

type Token = { kind: "number"; text: string; spaced: boolean } | { kind: "word"; text: string };

/** Lower case, no tone marks, "đ" and "₫" as "d", every kind of space as one space. */
function fold(input: string): string {
  return input
    .normalize("NFKC")
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u0111\u20ab]/g, "d") // đ, ₫
    .replace(/\u2212/g, "-") // the minus sign
    .replace(/\s+/g, " ")
    .trim();
}

const SPACE_GROUPED = /\d{1,3}(?: \d{3})+(?![\d.,])/y;
const NUMBER = /\d+(?:[.,]\d+)*/y;
const WORD = /[a-z]+/y;

function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  let at = 0;
  const match = (pattern: RegExp) => {
    pattern.lastIndex = at;
    const found = pattern.exec(text);
    if (found) at = pattern.lastIndex;
    return found?.[0];
  };
  while (at < text.length) {
    if (text[at] === " ") {
      at += 1;
      continue;
    }
    const spaced = match(SPACE_GROUPED);
    if (spaced) {
      tokens.push({ kind: "number", text: spaced.replace(/ /g, ""), spaced: true });
      continue;
    }
    const number = match(NUMBER);
    if (number) {
      tokens.push({ kind: "number", text: number, spaced: false });
      continue;
    }
    const word = match(WORD);
    if (word) {
      tokens.push({ kind: "word", text: word });
      continue;
    }
    return null;
  }
  return tokens;
}

/** A decimal read exactly: `digits / 10^scale`. */
type Decimal = { digits: bigint; scale: number };

const integer = (text: string): Decimal => ({ digits: BigInt(text), scale: 0 });

function grouped(text: string, separator: "." | ","): boolean {
  return (separator === "." ? /^\d{1,3}(?:\.\d{3})+$/ : /^\d{1,3}(?:,\d{3})+$/).test(text);
}

function decimal(whole: string, fraction: string): Decimal {
  return { digits: BigInt(whole + fraction), scale: fraction.length };
}

/** A number token under the rules at the top of this file; null when it is malformed. */
function readNumber(text: string, beforeUnit: boolean): Decimal | null {
  if (/^\d+$/.test(text)) return integer(text);
  const lastDot = text.lastIndexOf(".");
  const lastComma = text.lastIndexOf(",");
  if (lastDot >= 0 && lastComma >= 0) {
    const mark = lastDot > lastComma ? "." : ",";
    const cut = Math.max(lastDot, lastComma);
    const whole = text.slice(0, cut);
    const fraction = text.slice(cut + 1);
    const groups = mark === "." ? "," : ".";
    if (!grouped(whole, groups) || !/^\d+$/.test(fraction)) return null;
    return decimal(whole.split(groups).join(""), fraction);
  }
  const mark = lastDot >= 0 ? "." : ",";
  const parts = text.split(mark);
  if (parts.length > 2) return grouped(text, mark) ? integer(parts.join("")) : null;
  const [whole = "", fraction = ""] = parts;
  const thousandsShape = /^\d{1,3}$/.test(whole) && /^\d{3}$/.test(fraction);
  const isGrouping = beforeUnit ? mark === "." && thousandsShape : thousandsShape;
  return isGrouping ? integer(whole + fraction) : decimal(whole, fraction);
}

/** `value × multiplier` in whole đồng, or "fraction" when it is not whole. */
function times(value: Decimal, multiplier: bigint): bigint | "fraction" {
  const scaled = value.digits * multiplier;
  const divisor = 10n ** BigInt(value.scale);
  return scaled % divisor === 0n ? scaled / divisor : "fraction";
}

/**
 * `parseVnd("1,5 tỷ")` → `{ ok: true, value: 1_500_000_000n }`;
 * `parseVnd("abc")` → `{ ok: false, error: "invalid" }`. Never throws.
 */
export function parseVnd(input: string): VndParseResult {
  if (typeof input !== "string") return { ok: false, error: "invalid" };
  let text = fold(input);
  if (text === "") return { ok: false, error: "empty" };
  if (text.length > MAX_INPUT_LENGTH) return { ok: false, error: "invalid" };

  const negative = text.startsWith("-");
  if (negative) text = text.slice(1).trim();

  const tokens = tokenize(text);
  if (!tokens || tokens.length === 0) return { ok: false, error: "invalid" };
  // The currency: "VND" first, or one of its names last.
  const first = tokens[0]!;
  if (first.kind === "word" && first.text === "vnd") tokens.shift();
  const last = tokens[tokens.length - 1];
  if (last?.kind === "word" && CURRENCY.has(last.text) && tokens.length > 1) tokens.pop();
  if (tokens.length === 0) return { ok: false, error: "invalid" };

  let total = 0n;
  let fraction = false;
  /** The unit of the previous part: each part must be smaller than it. */
  let previousUnit: bigint | null = null;
  let at = 0;
  while (at < tokens.length) {
    const number = tokens[at++];
    if (number?.kind !== "number") return { ok: false, error: "invalid" };
    let unit = 1n;
    let hasUnit = false;
    // A run of units multiplies, each larger than the one before: "nghìn tỷ".
    let runUnit = 0n;
    for (let next = tokens[at]; next?.kind === "word" && next.text in UNITS; next = tokens[at]) {
      const word = UNITS[next.text]!;
      if (word <= runUnit) return { ok: false, error: "invalid" };
      runUnit = word;
      unit *= word;
      hasUnit = true;
      at += 1;
    }

    if (!hasUnit) {
      if (at < tokens.length) return { ok: false, error: "invalid" };
      if (previousUnit === null) {
        const value = readNumber(number.text, false);
        if (!value) return { ok: false, error: "invalid" };
        const amount = times(value, 1n);
        if (amount === "fraction") fraction = true;
        else total += amount;
      } else {
        // Spoken style: the digits after a unit lead the next unit down,
        // "1 tỷ 2" = 1 tỷ 200 triệu, "3 triệu 25" = 3 triệu 250 nghìn.
        if (!/^\d{1,3}$/.test(number.text) || number.spaced || previousUnit < 1_000n) return { ok: false, error: "invalid" };
        total += BigInt(number.text) * (previousUnit / 1_000n) * 10n ** BigInt(3 - number.text.length);
      }
      break;
    }

    if (previousUnit !== null && unit >= previousUnit) return { ok: false, error: "invalid" };
    const value = readNumber(number.text, true);
    if (!value) return { ok: false, error: "invalid" };
    let amount = times(value, unit);
    if (tokens[at]?.kind === "word" && tokens[at]!.text === HALF) {
      if (value.scale > 0 || unit < 2n) return { ok: false, error: "invalid" };
      at += 1;
      amount = (amount as bigint) + unit / 2n;
    }
    if (amount === "fraction") {
      fraction = true;
    } else {
      // "1 tỷ 1500 triệu" is not how anyone writes 2,5 tỷ.
      if (previousUnit !== null && amount >= previousUnit) return { ok: false, error: "invalid" };
      total += amount;
    }
    previousUnit = unit;
  }

  if (negative && (fraction || total > 0n)) return { ok: false, error: "negative" };
  if (fraction) return { ok: false, error: "fraction" };
  if (total > MAX_VND) return { ok: false, error: "tooLarge" };
  return { ok: true, value: total };
}

/**
 * A stored amount as the money field shows it for editing ("950.000.000"),
 * which parseVnd reads back to the same amount. Null is an empty field.
 */
export function vndInputValue(amount: bigint | null | undefined): string {
  if (amount == null) return "";
  const digits = (amount < 0n ? -amount : amount).toString();
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return amount < 0n ? `-${grouped}` : grouped;
}
