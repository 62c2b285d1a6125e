import { z } from "zod";

export const NEWS_PAGE_SIZE = 10;

/** `?trang=2` → page 2; anything missing or malformed is page 1. */
export const newsListParams = z.object({
  trang: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type NewsListParams = z.infer<typeof newsListParams>;
