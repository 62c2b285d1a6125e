import { z } from "zod";
import { isSlugShaped } from "@/lib/text/slug";
import { recordId } from "./fields";

/** A reader's rating: the article, its slug (to go back to) and 1–5 stars. */
export const articleRatingSchema = z.object({
  articleId: recordId,
  slug: z.string().refine(isSlugShaped),
  stars: z.coerce.number().int().min(1).max(5),
});

/** What the article page says after a rating (?danh_gia=): thanks, already rated, no stars chosen. */
export const RATING_NOTICES = ["cam-on", "da-danh-gia", "chon-sao"] as const;
export type RatingNotice = (typeof RATING_NOTICES)[number];

/** The article page's query string: the notice after a rating, anything else none. */
export const articlePageParams = z.object({ danh_gia: z.enum(RATING_NOTICES).optional().catch(undefined) });
