// Small helpers shared by the seed modules.
import type { Prisma } from "@/lib/db";

/** The transaction the whole seed runs in. */
export type Tx = Prisma.TransactionClient;

export type Log = (line: string) => void;

/** "2022-07-05" → that date at UTC midnight (the columns are `@db.Date`). */
export function day(iso: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`Not a date: ${iso}`);
  return new Date(`${iso}T00:00:00.000Z`);
}

/**
 * Marks what a seeded record states beyond the articles. Stored in the
 * record's `illustrative_note` column (the record screens show it as a badge):
 * `illustrative("Ngày ký", "thời hạn")` → "Ngày ký, thời hạn: số liệu minh hoạ."
 * A record the articles state in full gets no note (null).
 */
export const ILLUSTRATIVE = "số liệu minh hoạ";

export function illustrative(...what: [string, ...string[]]): string {
  return `${what.join(", ")}: ${ILLUSTRATIVE}.`;
}

/** Stable ids for seeded rows: re-running the seed finds and updates the same rows. */
export function seedId(...parts: (string | number)[]): string {
  return ["seed", ...parts.map(String)].join("-");
}

/** Lookup that fails loudly on a key the seed data misspelt. */
export function must<K extends string, V>(map: Record<K, V> | Map<K, V>, key: K, what: string): V {
  const value = map instanceof Map ? map.get(key) : map[key];
  if (value === undefined) throw new Error(`Seed data names an unknown ${what}: ${key}`);
  return value;
}
