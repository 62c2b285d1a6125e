// URL slugs from Vietnamese names: "Nhà Đại đoàn kết" → "nha-dai-doan-ket".

/** What a slug looks like (what slugOf makes): lower-case ASCII words joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Whether `value` can be a slug of a public link (its shape, at most 120 characters). */
export function isSlugShaped(value: string): boolean {
  return value.length <= 120 && SLUG_PATTERN.test(value);
}

/** The slug of a name (accents dropped, đ → d, at most 80 characters), or `fallback` when nothing is left. */
export function slugOf(name: string, fallback: string): string {
  const slug = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return slug || fallback;
}

/** The first of `base`, `base-2`, `base-3`… not among `taken`. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
