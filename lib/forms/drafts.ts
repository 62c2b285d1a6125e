// Drafts of record forms kept in the browser's localStorage until the record
// is saved (components/forms/draft-keeper), so a lost connection or a closed
// tab on a phone does not lose what was typed. Pure functions over a Storage
// and plain field descriptions, unit-tested; the component does the DOM.
//
// Keys: `cdv-draft:<user id>:<form id>`. Every draft of every user starts
// with DRAFT_PREFIX, so sign-out clears them all at once; a draft of another
// user (a shared phone) or older than DRAFT_MAX_AGE_MS is dropped whenever a
// form with a draft keeper opens.

export const DRAFT_PREFIX = "cdv-draft:";

/** Drafts older than this are dropped (14 days). */
export const DRAFT_MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;

/** The storage a draft lives in (window.localStorage; a Map-backed one in tests). */
export type DraftStorage = Pick<Storage, "length" | "key" | "getItem" | "setItem" | "removeItem">;

export type Draft = {
  /** When it was written (ms since the epoch). */
  savedAt: number;
  /** The record version the form was loaded with (its hidden `version` field), null for a new record. */
  baseVersion: string | null;
  /** Field key (see fieldKeys) → value. */
  values: Record<string, string>;
};

export function draftKey(userId: string, formId: string): string {
  return `${DRAFT_PREFIX}${encodeURIComponent(userId)}:${encodeURIComponent(formId)}`;
}

/** What the draft keeper knows of a form control. */
export type DraftField = {
  tagName: string;
  type: string;
  name: string;
  value: string;
  /** The control's `data-draft` attribute: "off" keeps it out of drafts. */
  draft?: string | null;
  multiple?: boolean;
};

/** Text a person types: text-like inputs, textareas and single selects; never passwords, files, hidden fields (the version), checkboxes or buttons. */
const TEXT_INPUT_TYPES = new Set(["", "text", "search", "email", "tel", "url", "number", "date", "datetime-local", "time", "month", "week"]);

export function isDraftable(field: DraftField): boolean {
  if (field.name === "" || field.draft === "off") return false;
  const tag = field.tagName.toLowerCase();
  if (tag === "textarea") return true;
  if (tag === "select") return !field.multiple;
  return tag === "input" && TEXT_INPUT_TYPES.has(field.type.toLowerCase());
}

/** A key per draftable field: its name, with `#n` for the n-th repeat of a name. */
export function fieldKeys(fields: readonly DraftField[]): string[] {
  const seen = new Map<string, number>();
  return fields.map((field) => {
    const count = seen.get(field.name) ?? 0;
    seen.set(field.name, count + 1);
    return count === 0 ? field.name : `${field.name}#${count}`;
  });
}

/** The values of the draftable fields of a form, by field key. */
export function collectValues(fields: readonly DraftField[]): Record<string, string> {
  const draftable = fields.filter(isDraftable);
  const keys = fieldKeys(draftable);
  return Object.fromEntries(draftable.map((field, index) => [keys[index]!, field.value]));
}

/** Whether nothing was typed: such a draft is not kept. */
export function isBlank(values: Record<string, string>): boolean {
  return Object.values(values).every((value) => value.trim() === "");
}

/** Whether restoring the draft would change a field the form has now (fields the form no longer has are ignored). */
export function draftDiffers(draft: Record<string, string>, current: Record<string, string>): boolean {
  return Object.entries(draft).some(([key, value]) => key in current && current[key] !== value);
}

export function serializeDraft(draft: Draft): string {
  return JSON.stringify({ v: 1, ...draft });
}

/** A stored draft, or null for nothing, another format, or garbage. */
export function parseDraft(raw: string | null): Draft | null {
  if (raw === null) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof data !== "object" || data === null) return null;
  const { v, savedAt, baseVersion, values } = data as Record<string, unknown>;
  if (v !== 1 || typeof savedAt !== "number" || !Number.isFinite(savedAt)) return null;
  if (baseVersion !== null && typeof baseVersion !== "string") return null;
  if (typeof values !== "object" || values === null || Array.isArray(values)) return null;
  const entries = Object.entries(values as Record<string, unknown>);
  if (!entries.every(([, value]) => typeof value === "string")) return null;
  return { savedAt, baseVersion, values: Object.fromEntries(entries) as Record<string, string> };
}

function draftKeys(storage: DraftStorage): string[] {
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (key?.startsWith(DRAFT_PREFIX)) keys.push(key);
  }
  return keys;
}

/** Removes every draft of every user (at sign-out). */
export function clearAllDrafts(storage: DraftStorage): void {
  for (const key of draftKeys(storage)) storage.removeItem(key);
}

/** Removes the drafts of other users, expired drafts and unreadable ones. */
export function pruneDrafts(storage: DraftStorage, userId: string, now: number): void {
  const own = `${DRAFT_PREFIX}${encodeURIComponent(userId)}:`;
  for (const key of draftKeys(storage)) {
    const draft = key.startsWith(own) ? parseDraft(storage.getItem(key)) : null;
    if (!draft || now - draft.savedAt > DRAFT_MAX_AGE_MS) storage.removeItem(key);
  }
}

/** The browser's localStorage, or null where it cannot be used (private modes, blocked storage, the server). */
export function browserStorage(): DraftStorage | null {
  try {
    const storage = window.localStorage;
    const probe = `${DRAFT_PREFIX}probe`;
    storage.setItem(probe, "1");
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}
