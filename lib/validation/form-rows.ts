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
    if (segments.some((segment) => segment === "" || segment === "__proto__" || segment === "constructor" || segment === "prototype")) continue;
    let node: Nested | Nested[] = root;
    let ok = true;
    for (let i = 0; i < segments.length && ok; i++) {
      const segment = segments[i]!;
      const last = i === segments.length - 1;
      const nextIsIndex = !last && INDEX.test(segments[i + 1]!);
      if (!last && /^\d+$/.test(segments[i + 1]!) && !nextIsIndex) ok = false; // index out of range
      if (Array.isArray(node)) {
        if (!INDEX.test(segment)) {
          ok = false;
          break;
        }
        const index = Number(segment);
        if (last) {
          ok = false; // a row must be an object of fields
          break;
        }
        while (node.length <= index) node.push({});
        node = node[index]!;
        continue;
      }
      if (last) {
        if (segment in node && typeof node[segment] !== "string") ok = false;
        else node[segment] = value;
        break;
      }
      const existing: Nested | Nested[] | string | undefined = node[segment];
      if (existing === undefined) node[segment] = nextIsIndex ? [] : {};
      else if (typeof existing === "string" || Array.isArray(existing) !== nextIsIndex) {
        ok = false;
        break;
      }
      node = node[segment] as Nested | Nested[];
    }
  }
  return root;
}
