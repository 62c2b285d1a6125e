import { formatNumber } from "./number";

// Money is whole VND held as BigInt. These helpers never convert a BigInt to
// a Number, so values beyond 2^53 stay exact.

function toBigInt(value: bigint | number): bigint {
  if (typeof value === "bigint") return value;
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite amount: ${value}`);
  return BigInt(Math.round(value));
}

/** `formatVnd(950_000_000n)` → "950.000.000 đ". */
export function formatVnd(value: bigint | number): string {
  return `${formatNumber(toBigInt(value))} đ`;
}

const SHORT_UNITS = [
  { size: 1_000_000_000n, word: "tỷ" },
  { size: 1_000_000n, word: "triệu" },
  { size: 1_000n, word: "nghìn" },
] as const;

/** n / d rounded half away from zero, for n ≥ 0 and d > 0. */
function divideRounded(n: bigint, d: bigint): bigint {
  return (n * 2n + d) / (2n * d);
}

/**
 * Amount in words of the largest fitting unit, as reports write it:
 * `formatVndShort(950_000_000n)` → "950 triệu đồng",
 * `formatVndShort(1_200_000_000n)` → "1,2 tỷ đồng",
 * `formatVndShort(500n)` → "500 đồng". Rounded half up to
 * `fractionDigits` decimals (1 by default); trailing zeros are dropped.
 */
export function formatVndShort(value: bigint | number, fractionDigits = 1): string {
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
  let chosen: { scaled: bigint; word: string } | undefined;
  while (index >= 0) {
    const unit = SHORT_UNITS[index]!;
    chosen = { scaled: divideRounded(abs * scale, unit.size), word: unit.word };
    if (index === 0 || chosen.scaled < 1000n * scale) break;
    index -= 1;
  }
  if (!chosen) return `${sign}${formatNumber(abs)} đồng`;

  const whole = chosen.scaled / scale;
  const fraction = (chosen.scaled % scale).toString().padStart(fractionDigits, "0").replace(/0+$/, "");
  const figure = fraction ? `${formatNumber(whole)},${fraction}` : formatNumber(whole);
  return `${sign}${figure} ${chosen.word} đồng`;
}
