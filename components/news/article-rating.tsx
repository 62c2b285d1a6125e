import { getTranslations } from "next-intl/server";
import { rateArticleAction } from "@/lib/actions/article-rating";
import type { ArticleRatings } from "@/lib/data/article-readers";
import { getFormat } from "@/lib/i18n/server";
import type { RatingNotice } from "@/lib/validation/article-rating";

// 1–5 stars under an article, once per browser. Each star is a submit button
// of a plain form (no JavaScript needed); the stars light up to the one under
// the pointer (row-reverse order, so CSS `peer` reaches the lower stars).

const STARS = [5, 4, 3, 2, 1] as const;

function Star({ filled }: { filled: boolean }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" className="size-7" fill={filled ? "currentColor" : "none"} stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round">
      <path d="M12 2.8l2.8 5.9 6.4.8-4.7 4.4 1.2 6.4L12 17.2l-5.7 3.1 1.2-6.4-4.7-4.4 6.4-.8z" />
    </svg>
  );
}

export async function ArticleRating({
  articleId,
  slug,
  ratings,
  mine,
  notice,
}: {
  articleId: string;
  slug: string;
  ratings: ArticleRatings;
  /** This browser's stars, null when it has not rated. */
  mine: number | null;
  notice: RatingNotice | undefined;
}) {
  const [t, format] = await Promise.all([getTranslations("news.rating"), getFormat()]);
  const noticeText = notice === "cam-on" ? t("thanks") : notice === "da-danh-gia" ? t("already") : notice === "chon-sao" ? t("chooseStars") : null;
  return (
    <section id="danh-gia" aria-labelledby="rating-title" className="mt-8 rounded-card border border-ink-200 bg-ink-50 p-4 sm:p-5 print:hidden">
      <h2 id="rating-title" className="text-base font-semibold text-ink-900">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-ink-700" data-testid="rating-summary">
        {ratings.average === null ? t("none") : t("average", { average: format.number(Number(ratings.average)), count: ratings.count })}
      </p>
      {noticeText ? (
        <p role="status" className={`mt-2 text-sm font-semibold ${notice === "chon-sao" ? "text-danger-700" : "text-success-700"}`}>
          {noticeText}
        </p>
      ) : null}
      {mine !== null ? (
        <p className="mt-2 flex items-center gap-2 text-sm text-ink-800">
          <span className="flex text-gold-600" aria-hidden="true">
            {[1, 2, 3, 4, 5].map((n) => (
              <Star key={n} filled={n <= mine} />
            ))}
          </span>
          {t("mine", { stars: String(mine) })}
        </p>
      ) : (
        <form action={rateArticleAction} className="mt-2">
          <input type="hidden" name="articleId" value={articleId} />
          <input type="hidden" name="slug" value={slug} />
          <fieldset>
            <legend className="text-sm text-ink-700">{t("prompt")}</legend>
            <div className="mt-1 flex flex-row-reverse justify-end">
              {STARS.map((stars) => (
                <button
                  key={stars}
                  type="submit"
                  name="stars"
                  value={stars}
                  aria-label={t("star", { stars: String(stars) })}
                  title={t("star", { stars: String(stars) })}
                  className="peer inline-flex size-11 items-center justify-center rounded-md text-ink-400 peer-hover:text-gold-600 hover:text-gold-600 focus-visible:text-gold-600 focus-visible:outline-2 focus-visible:outline-brand-700"
                >
                  <Star filled={false} />
                </button>
              ))}
            </div>
          </fieldset>
        </form>
      )}
    </section>
  );
}
