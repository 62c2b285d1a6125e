import { z } from "zod";
import { isSlugShaped } from "@/lib/text/slug";
import { vietnamToday } from "@/lib/time/vietnam";

// The query strings of pages: filters, sort and page live in the URL. A
// missing or malformed value falls back to its default, never a 500.

/** `?trang=2` → page 2; anything missing or malformed is page 1. */
export const pageParam = (max = 100_000) => z.coerce.number().int().min(1).max(max).catch(1);

/** A slug (lib/text/slug) in a query string; anything else is no value. */
const slugParam = z.string().refine(isSlugShaped).optional().catch(undefined);

/** The public news list: page, topic (chuyên mục) and committee (đơn vị) slugs. */
export const newsListParams = z.object({ trang: pageParam(), chuyen_muc: slugParam, don_vi: slugParam });

/** The public figures: a committee's slug (the country's without one) and a year up to this one (the latest with records without one). */
export const publicFiguresParams = z.object({
  don_vi: slugParam,
  nam: z.coerce
    .number()
    .int()
    .min(1930)
    .refine((year) => year <= vietnamToday().getUTCFullYear())
    .optional()
    .catch(undefined),
});

/** The sign-in page: where to go afterwards, and the notices it shows. */
export const signInPageParams = z.object({
  callbackUrl: z.string().optional().catch(undefined),
  changed: z.literal("1").optional().catch(undefined),
  error: z.string().optional().catch(undefined),
});

/** The dashboard: ?ban=&ky=&gop=hom-nay&sx=; bad values are no value (lib/data/dashboard falls back). */
export const dashboardParams = z.object({
  ban: z.string().max(64).optional().catch(undefined),
  ky: z.string().max(80).optional().catch(undefined),
  gop: z.literal("hom-nay").optional().catch(undefined),
  sx: z.string().regex(/^-?[A-Za-z0-9_-]{1,64}$/).optional().catch(undefined),
});

/** A `?saved=1` notice after a form was saved. */
export const savedNoticeParams = z.object({ saved: z.literal("1").optional().catch(undefined) });

/**
 * The committee tree: `?ngay=2025-06-30` → that day (UTC midnight, like a
 * `@db.Date`); today in Vietnam when missing, malformed or not a real day.
 */
export const committeeTreeParams = z.object({
  ngay: z.iso
    .date()
    .refine((iso) => iso >= "1900-01-01" && iso <= "2100-12-31")
    .transform((iso) => new Date(`${iso}T00:00:00.000Z`))
    .catch(() => vietnamToday())
    .default(() => vietnamToday()),
});

/** The reporting pages' committee and period (/bao-cao, /chi-tieu): bad values fall back as on the dashboard. */
export const reportingParams = z.object({
  ban: z.string().max(64).optional().catch(undefined),
  ky: z.string().max(80).optional().catch(undefined),
});

/** The notice a report page shows after a step. */
export const reportNoticeParams = z.object({
  saved: z.literal("1").optional().catch(undefined),
  submitted: z.literal("1").optional().catch(undefined),
  approved: z.literal("1").optional().catch(undefined),
  returned: z.literal("1").optional().catch(undefined),
  reopened: z.literal("1").optional().catch(undefined),
});

/** The longest search query kept (the search box allows no more). */
export const SEARCH_QUERY_MAX = 100;

/**
 * The public search (/tim-kiem?q=): the text is composed (NFC: a letter and
 * its marks typed apart become one character), spaces and control characters
 * collapse, it is trimmed and cut at SEARCH_QUERY_MAX characters; a missing,
 * empty or repeated value is no search.
 */
export const searchPageParams = z.object({
  q: z
    .string()
    .transform((text) =>
      text
        .normalize("NFC")
        .replace(/[\p{Cc}\p{Cf}\s]+/gu, " ")
        .trim()
        .slice(0, SEARCH_QUERY_MAX)
        .trim(),
    )
    .optional()
    .catch(undefined)
    .transform((text) => text || undefined),
});
