// An amount of đồng in words, as it is written under amounts on Vietnamese
// forms and vouchers: "Chín trăm năm mươi triệu đồng", and in English "Nine
// hundred fifty million dong". Pure, for the server and the money field.
//
// Vietnamese reads groups of three digits. A group after the first reads its
// hundreds even when they are zero ("một triệu không trăm linh một"), groups
// that are all zeros are skipped, and the units follow these rules: "linh"
// after zero tens (105 "một trăm linh năm"), "mười" for the ten (10, 15 "mười
// lăm"), "mươi" for other tens, then "mốt" for 1, "tư" for 4 and "lăm" for 5
// (21 "hai mươi mốt", 24 "hai mươi tư", 25 "hai mươi lăm"). Above a tỷ the
// count of tỷ is read the same way ("một nghìn năm trăm tỷ").
import type { Locale } from "@/lib/i18n/config";
import { EN_NUMBER_WORDS as EN, VI_NUMBER_WORDS as VI } from "@/lib/i18n/number-words";
import { MAX_VND } from "./parse-vnd";

const BILLION = 1_000_000_000n;

/** A group of three digits (0–999); `full` reads zero hundreds and "linh". */
function viGroup(n: number, full: boolean): string[] {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor(n / 10) % 10;
  const units = n % 10;
  const words: string[] = [];
  const hundredsRead = full || hundreds > 0;
  if (hundredsRead) words.push(VI.digits[hundreds]!, VI.hundred);
  if (tens === 0) {
    if (units > 0) {
      if (hundredsRead) words.push(VI.zeroTens);
      words.push(VI.digits[units]!);
    }
  } else if (tens === 1) {
    words.push(VI.ten);
    if (units === 5) words.push(VI.fiveAfterTens);
    else if (units > 0) words.push(VI.digits[units]!);
  } else {
    words.push(VI.digits[tens]!, VI.tens);
    if (units === 1) words.push(VI.oneAfterTens);
    else if (units === 4) words.push(VI.fourAfterTens);
    else if (units === 5) words.push(VI.fiveAfterTens);
    else if (units > 0) words.push(VI.digits[units]!);
  }
  return words;
}

const VI_SCALES = [VI.million, VI.thousand, ""] as const;

/** 0 < n < 10^9; `leading` when nothing is read before it. */
function viBelowBillion(n: number, leading: boolean): string[] {
  const groups = [Math.floor(n / 1_000_000), Math.floor(n / 1_000) % 1_000, n % 1_000];
  const words: string[] = [];
  groups.forEach((group, index) => {
    if (group === 0) return;
    words.push(...viGroup(group, !leading || words.length > 0));
    const scale = VI_SCALES[index]!;
    if (scale) words.push(scale);
  });
  return words;
}

function viWords(amount: bigint): string[] {
  if (amount === 0n) return [VI.digits[0]];
  const billions = Number(amount / BILLION); // < 10^6 below MAX_VND
  const rest = Number(amount % BILLION);
  const words: string[] = [];
  if (billions > 0) words.push(...viBelowBillion(billions, true), VI.billion);
  if (rest > 0) words.push(...viBelowBillion(rest, billions === 0));
  return words;
}

/** 0 < n < 1000. */
function enGroup(n: number): string[] {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const words: string[] = [];
  if (hundreds > 0) words.push(EN.small[hundreds]!, EN.hundred);
  if (rest >= 20) words.push(rest % 10 === 0 ? EN.tens[rest / 10]! : `${EN.tens[Math.floor(rest / 10)]}-${EN.small[rest % 10]}`);
  else if (rest > 0) words.push(EN.small[rest]!);
  return words;
}

function enWords(amount: bigint): string[] {
  if (amount === 0n) return [EN.small[0]];
  const groups: string[][] = [];
  for (let rest = amount, index = 0; rest > 0n; rest /= 1000n, index += 1) {
    const group = Number(rest % 1000n);
    const scale = EN.scales[index]!;
    if (group > 0) groups.unshift([...enGroup(group), ...(scale ? [scale] : [])]);
  }
  return groups.flat();
}

function sentence(words: string[], locale: Locale): string {
  const text = words.join(" ");
  return text.charAt(0).toLocaleUpperCase(locale === "vi" ? "vi-VN" : "en") + text.slice(1);
}

/**
 * The amount in words with the currency, capitalised:
 * `vndInWords(950_000_000n)` → "Chín trăm năm mươi triệu đồng";
 * `vndInWords(950_000_000n, "en")` → "Nine hundred fifty million dong".
 * Throws a RangeError for a negative amount or one above MAX_VND.
 */
export function vndInWords(amount: bigint, locale: Locale = "vi"): string {
  if (amount < 0n || amount > MAX_VND) throw new RangeError(`Amount out of range: ${amount}`);
  return locale === "en" ? sentence([...enWords(amount), EN.currency], locale) : sentence([...viWords(amount), VI.currency], locale);
}
