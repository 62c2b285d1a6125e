// A cursor is the sort value and id of the row a page starts after (or ends
// before), packed into a short URL-safe string. A cursor that does not decode
// (edited, truncated, from another sort) reads as no cursor: the first page.

export type KeyValue = string | bigint | Date;

/** How one key's values cross the URL as JSON. */
export type KeyCodec = {
  encode: (value: KeyValue) => string;
  decode: (raw: unknown) => KeyValue | undefined;
};

export const textKey: KeyCodec = {
  encode: (value) => String(value),
  decode: (raw) => (typeof raw === "string" && raw.length <= 320 ? raw : undefined),
};

export const bigintKey: KeyCodec = {
  encode: (value) => String(value),
  decode: (raw) => (typeof raw === "string" && /^-?\d{1,19}$/.test(raw) ? BigInt(raw) : undefined),
};

export const timestampKey: KeyCodec = {
  encode: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  decode: (raw) => {
    if (typeof raw !== "string" || !/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(raw)) return undefined;
    const date = new Date(raw);
    return Number.isNaN(date.getTime()) ? undefined : date;
  },
};

export function encodeCursor(values: readonly KeyValue[], codecs: readonly KeyCodec[]): string {
  return Buffer.from(JSON.stringify(values.map((value, i) => codecs[i]!.encode(value))), "utf8").toString("base64url");
}

export function decodeCursor<const N extends number>(cursor: string, codecs: readonly KeyCodec[] & { length: N }): [KeyValue, KeyValue] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== codecs.length || codecs.length !== 2) return undefined;
  const a = codecs[0]!.decode(parsed[0]);
  const b = codecs[1]!.decode(parsed[1]);
  return a === undefined || b === undefined ? undefined : [a, b];
}
