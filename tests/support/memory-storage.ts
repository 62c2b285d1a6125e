import type { DraftStorage } from "@/lib/forms/drafts";

/** A Storage over a Map, in insertion order like the browser's. */
export function memoryStorage(initial: Record<string, string> = {}): DraftStorage & { dump: () => Record<string, string> } {
  const items = new Map(Object.entries(initial));
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    dump: () => Object.fromEntries(items),
  };
}
