"use server";

import { notFound, redirect } from "next/navigation";
import { newsArticlePath } from "@/components/layout/public-nav";
import { forgetRatings } from "@/lib/cache/public-reads";
import { rateArticle } from "@/lib/data/article-readers";
import { ensureReaderKey } from "@/lib/news/reader-key";
import { articleRatingSchema, type RatingNotice } from "@/lib/validation/article-rating";

/**
 * A reader rates an article (1–5 stars, once per browser) and goes back to
 * it with a notice. A plain form post: it works without JavaScript.
 */
export async function rateArticleAction(formData: FormData): Promise<void> {
  const parsed = articleRatingSchema.safeParse({ articleId: formData.get("articleId"), slug: formData.get("slug"), stars: formData.get("stars") });
  if (!parsed.success) {
    const slug = articleRatingSchema.shape.slug.safeParse(formData.get("slug"));
    if (!slug.success) notFound();
    redirect(`${newsArticlePath(slug.data)}?danh_gia=${"chon-sao" satisfies RatingNotice}#danh-gia`);
  }
  const { articleId, slug, stars } = parsed.data;
  const outcome = await rateArticle(articleId, await ensureReaderKey(), stars);
  if (outcome === "notFound") notFound();
  if (outcome === "rated") forgetRatings(articleId);
  const notice: RatingNotice = outcome === "rated" ? "cam-on" : "da-danh-gia";
  redirect(`${newsArticlePath(slug)}?danh_gia=${notice}#danh-gia`);
}
