import { z } from "zod";
import { vietnamYear } from "@/lib/time/vietnam";

// The query strings of pages: filters, sort and page live in the URL. A
// missing or malformed value falls back to its default, never a 500.

/** `?trang=2` → page 2; anything missing or malformed is page 1. */
export const pageParam = (max = 100_000) => z.coerce.number().int().min(1).max(max).catch(1);

/** The public news list. */
export const newsListParams = z.object({ trang: pageParam() });

/** The sign-in page: where to go afterwards, and the notices it shows. */
export const signInPageParams = z.object({
  callbackUrl: z.string().optional().catch(undefined),
  changed: z.literal("1").optional().catch(undefined),
  error: z.string().optional().catch(undefined),
});

/** The dashboard: `?nam=2024`, this year in Vietnam when missing or out of range. */
export const dashboardParams = z.object({ nam: z.coerce.number().int().min(2000).max(2100).catch(() => vietnamYear()).default(() => vietnamYear()) });

/** A `?saved=1` notice after a form was saved. */
export const savedNoticeParams = z.object({ saved: z.literal("1").optional().catch(undefined) });
