import type { MessageKeys, Messages, NestedKeyOf } from "next-intl";

/** A key of a message in the catalogs, e.g. "validation.required". */
export type MessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>;

/** A translator of full keys (`getTranslations()` / `useTranslations()` without a namespace). */
type Translator = {
  (key: never, values?: never): string;
  has(key: never): boolean;
};

/**
 * The text of a key that arrives as data (a zod issue, a data-layer refusal):
 * keys are typed where they are written (lib/validation), but travel as
 * strings. A string that is not a key (zod's own English text) reads as
 * `fallback`.
 */
export function messageText(t: Translator, key: string, fallback: MessageKey, values?: Record<string, string | number>): string {
  const has = t.has as (key: string) => boolean;
  const translate = t as unknown as (key: string, values?: Record<string, string | number>) => string;
  return translate(has(key) ? key : fallback, values);
}
