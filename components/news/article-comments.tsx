import { getTranslations } from "next-intl/server";
import { postCommentAction } from "@/lib/actions/comments";
import { approvedCommentsOf } from "@/lib/cache/public-reads";
import { issueFormToken } from "@/lib/comments/form-token";
import { commentSecret } from "@/lib/comments/secret";
import { formatDateTime } from "@/lib/format";
import { ClientMessages, type MessagePath } from "@/lib/i18n/server";
import { ArticleCommentForm } from "./article-comment-form";

/** What the comment form reads from the catalog (see ClientMessages). */
const COMMENT_FORM_MESSAGES = ["comments.form", "admin.fields.name", "common.required", "common.submitting"] as const satisfies readonly MessagePath[];

/**
 * Readers' comments under an article: the approved ones (name, Vietnam time)
 * and the form that sends a new one for moderation. The form carries a token
 * signed now, so the page renders per request (as the article page does).
 */
export async function ArticleComments({ articleId }: { articleId: string }) {
  const [t, comments] = await Promise.all([getTranslations(), approvedCommentsOf(articleId)]);
  const token = issueFormToken(commentSecret(), articleId);
  return (
    <section id="binh-luan" aria-labelledby="comments-title" className="mt-10 border-t-2 border-brand-700 pt-4 print:hidden">
      <h2 id="comments-title" className="text-base font-bold text-brand-800 uppercase">
        {t("comments.title")} <span className="font-semibold text-ink-600 normal-case">({t("comments.count", { count: comments.total })})</span>
      </h2>
      {comments.items.length === 0 ? (
        <p className="mt-3 text-sm text-ink-600">{t("comments.empty")}</p>
      ) : (
        <ol className="mt-2 divide-y divide-ink-200">
          {comments.items.map((comment) => (
            <li key={comment.id} className="py-3">
              <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
                <span lang="vi" className="font-semibold text-ink-900">
                  {comment.authorName}
                </span>
                <time dateTime={comment.createdAt.toISOString()} className="text-ink-500">
                  {formatDateTime(comment.createdAt)}
                </time>
              </p>
              <p lang="vi" className="mt-1 leading-relaxed break-words whitespace-pre-line text-ink-800">
                {comment.body}
              </p>
            </li>
          ))}
        </ol>
      )}
      <ClientMessages paths={COMMENT_FORM_MESSAGES}>
        <ArticleCommentForm action={postCommentAction.bind(null, articleId)} token={token} />
      </ClientMessages>
    </section>
  );
}
