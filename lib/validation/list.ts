import { z } from "zod";

// The URL state every list shares: sort and position. Each list's own schema
// (user-list.ts, audit-list.ts) adds its filters; a bad value falls back to
// the default, never an error.

export type SortDirection = "asc" | "desc";

/** Where a page is: its number and the cursor it was reached through. */
export type ListPosition = {
  /** 1-based; negative counts from the end when the total is not known (-1 = last). */
  page: number;
  after?: string;
  before?: string;
  last: boolean;
};

export const cursorParam = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,600}$/)
  .optional()
  .catch(undefined);

export const positionParams = {
  trang: z.coerce
    .number()
    .int()
    .min(-100_000)
    .max(100_000)
    .refine((n) => n !== 0)
    .catch(1)
    .default(1),
  sau: cursorParam,
  truoc: cursorParam,
  cuoi: z.literal("1").optional().catch(undefined),
};

/** The URL keys of the position: dropped whenever filters or sort change. */
export const POSITION_KEYS = ["trang", "sau", "truoc", "cuoi"] as const;

export function positionOf(params: { trang: number; sau?: string | undefined; truoc?: string | undefined; cuoi?: "1" | undefined }): ListPosition {
  return {
    page: params.trang,
    ...(params.sau ? { after: params.sau } : {}),
    ...(params.truoc ? { before: params.truoc } : {}),
    last: params.cuoi === "1",
  };
}

/**
 * A sort parameter: `slug` ascending, `-slug` descending, one of `slugs`,
 * mapped to the data layer's sort key. Anything else is `fallback`.
 */
export function sortParam<const Slug extends string, Key extends string>(slugs: Record<Slug, Key>, fallback: Slug | `-${Slug}`) {
  const values = Object.keys(slugs).flatMap((slug) => [slug, `-${slug}`]) as [string, ...string[]];
  return z.enum(values).catch(fallback).default(fallback);
}

/** `-ten` → { slug: "ten", direction: "desc" }. */
export function parseSort<Slug extends string, Key extends string>(value: string, slugs: Record<Slug, Key>): { slug: Slug; key: Key; direction: SortDirection } {
  const direction: SortDirection = value.startsWith("-") ? "desc" : "asc";
  const slug = value.replace(/^-/, "") as Slug;
  return { slug, key: slugs[slug], direction };
}

/** A day `yyyy-mm-dd`, or nothing. */
export const dayParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => !Number.isNaN(new Date(`${value}T00:00:00Z`).getTime()))
  .optional()
  .catch(undefined);

/** The instant a Vietnam calendar day starts (UTC+7, no daylight saving), plus `plusDays`. */
export function startOfVietnamDay(value: string | undefined, plusDays = 0): Date | undefined {
  if (!value) return undefined;
  const date = new Date(`${value}T00:00:00+07:00`);
  if (Number.isNaN(date.getTime())) return undefined;
  date.setUTCDate(date.getUTCDate() + plusDays);
  return date;
}

/** A free-text filter: control characters (NUL among them) are dropped, never sent to the database; empty is no filter. */
export const searchText = (max: number) =>
  z
    .string()
    .transform((value) => value.replace(/[\u0000-\u001f\u007f]/g, "").trim())
    .pipe(z.string().max(max))
    .optional()
    .catch(undefined)
    .transform((value) => value || undefined);
