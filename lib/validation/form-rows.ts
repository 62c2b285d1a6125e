// Forms with repeated rows name their fields by position: `parties.0.committeeId`,
// `tasks.1.targets.0.period`. The server action receives them flat (FormData);
// `nestFormFields` builds the nested objects and arrays a zod schema reads, so
// an issue's path (["parties", 0, "committeeId"]) is the field's own name.

/** Rows beyond this index are dropped (a crafted `rows.99999999.x` allocates nothing). */
export const MAX_ROW_INDEX = 99;

type Nested = { [key: string]: Nested | Nested[] | string };

const INDEX = /^(0|[1-9]\d{0,1})$/;

/**
 * `{"a": "1", "rows.0.x": "2", "rows.1.y": "3"}` → `{a: "1", rows: [{x: "2"}, {y: "3"}]}`.
 * A numeric segment makes an array; a missing row in the middle is an empty
 * object (the schema then says what it lacks). Keys that mix shapes, or whose
 * index is out of range, are ignored.
 */
export function nestFormFields(flat: Record<string, unknown>): Record<string, unknown> {
  const root: Nested = {};
  for (const [key, value] of Object.entries(flat)) {
    if (typeof value !== "string") continue;
    const segments = key.split(".");
    const valid = segments.every(
      (segment, i) =>
        segment !== "" &&
        !UNSAFE.has(segment) &&
        // A number is a row index, within range, and never the last segment (a row is an object of fields).
        (!/^\d+$/.test(segment) || (INDEX.test(segment) && i > 0 && i < segments.length - 1)),
    );
    if (valid) place(root, segments, value);
  }
  return root;
}

const UNSAFE = new Set(["__proto__", "constructor", "prototype"]);

/** Puts `value` at `segments` in `root`, unless the path crosses a value of another shape. */
function place(root: Nested, segments: string[], value: string): void {
  // First check the whole path fits what is there, then build it.
  let probe: Nested | Nested[] | string | undefined = root;
  for (const [i, segment] of segments.entries()) {
    if (probe === undefined) break;
    const isIndex = INDEX.test(segment);
    if (typeof probe === "string" || Array.isArray(probe) !== isIndex) return;
    const next: Nested | Nested[] | string | undefined = Array.isArray(probe) ? probe[Number(segment)] : probe[segment];
    const last = i === segments.length - 1;
    if (last && next !== undefined && typeof next !== "string") return;
    probe = next;
  }
  let node: Nested | Nested[] = root;
  for (const [i, segment] of segments.entries()) {
    const last = i === segments.length - 1;
    const nextIsIndex = !last && INDEX.test(segments[i + 1]!);
    if (Array.isArray(node)) {
      const index = Number(segment);
      while (node.length <= index) node.push({});
      node = node[index]!;
      continue;
    }
    if (last) {
      node[segment] = value;
      return;
    }
    node[segment] ??= nextIsIndex ? [] : {};
    node = node[segment] as Nested | Nested[];
  }
}
