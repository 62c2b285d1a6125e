// Looks up a dotted catalog key ("validation.required") in a message catalog.
// Validation schemas and the data layer speak in keys; forms show the text.
export function translate(messages: object, key: string, fallback = key): string {
  let node: unknown = messages;
  for (const part of key.split(".")) {
    if (node === null || typeof node !== "object") return fallback;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : fallback;
}
