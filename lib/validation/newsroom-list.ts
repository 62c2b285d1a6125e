import { z } from "zod";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";

// The newsroom list's URL: ?trang_thai=&q=&trang=. Anything malformed falls back.

export const ARTICLE_STATUS_SLUGS = { "ban-nhap": "DRAFT", "cho-duyet": "IN_REVIEW", "da-dang": "PUBLISHED", "da-go": "ARCHIVED" } as const satisfies Record<string, ArticleStatus>;
type StatusSlug = keyof typeof ARTICLE_STATUS_SLUGS;

export const statusSlugOf = (status: ArticleStatus): StatusSlug =>
  (Object.keys(ARTICLE_STATUS_SLUGS) as StatusSlug[]).find((slug) => ARTICLE_STATUS_SLUGS[slug] === status)!;

export const newsroomListSchema = z.object({
  trang_thai: z.enum(Object.keys(ARTICLE_STATUS_SLUGS) as [StatusSlug, ...StatusSlug[]]).optional().catch(undefined),
  q: z
    .string()
    .trim()
    .max(200)
    .transform((value) => value.replace(/\u0000/g, "").normalize("NFC"))
    .optional()
    .catch(undefined),
  trang: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});

export type NewsroomListParams = z.infer<typeof newsroomListSchema>;
