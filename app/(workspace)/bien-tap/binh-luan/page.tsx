import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getMessages, getTranslations } from "next-intl/server";
import { RejectCommentForm } from "@/components/comments/reject-comment-form";
import { newsArticlePath } from "@/components/layout/public-nav";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { StepForm } from "@/components/newsroom/article-steps";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { approveCommentAction, deleteCommentAction, rejectCommentAction } from "@/lib/actions/comments";
import { requireViewer } from "@/lib/auth/viewer";
import { COMMENT_PAGE_SIZE, listCommentsForModeration, moderatesComments, type ModerationComment } from "@/lib/data/comments";
import { ClientMessages, getFormat, type MessagePath } from "@/lib/i18n/server";
import { COMMENT_MODERATION_PATH, COMMENT_NOTICES, NEWSROOM_PATH } from "@/lib/records/paths";
import { COMMENT_STATUS_SLUGS, commentModerationListSchema, commentStatusSlugOf, type CommentModerationListParams } from "@/lib/validation/comment";

/** What the step forms read from the catalog (see ClientMessages). */
const MODERATION_FORM_MESSAGES = ["common", "comments.moderation"] as const satisfies readonly MessagePath[];

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).comments.moderation.title };
}

function listHref(params: CommentModerationListParams, page: number): string {
  const query = new URLSearchParams({ trang_thai: params.trang_thai });
  if (page > 1) query.set("trang", String(page));
  return `${COMMENT_MODERATION_PATH}?${query.toString()}`;
}

export default async function CommentModerationPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const params = commentModerationListSchema.parse(raw);
  const viewer = await requireViewer();
  if (!moderatesComments(viewer)) notFound();
  const status = COMMENT_STATUS_SLUGS[params.trang_thai];
  const [m, t, format, list] = await Promise.all([getMessages(), getTranslations("comments"), getFormat(), listCommentsForModeration(viewer, { status, page: params.trang })]);
  const c = m.comments.moderation;
  const notice = COMMENT_NOTICES.find((key) => raw[key] === "1");
  const tabs = [
    { status: "PENDING" as const, label: m.newsroom.statuses.IN_REVIEW },
    { status: "APPROVED" as const, label: m.reports.statuses.APPROVED },
    { status: "REJECTED" as const, label: c.rejected },
  ];
  const hidden = { trang_thai: params.trang_thai };
  const pageCount = Math.max(1, Math.ceil(list.total / COMMENT_PAGE_SIZE));

  const item = (comment: ModerationComment) => (
    <li key={comment.id} className="rounded-lg border border-ink-200 bg-white p-4 shadow-sm">
      <article aria-labelledby={`comment-${comment.id}`}>
        <p className="text-sm text-ink-600">
          {comment.article.live ? (
            <Link href={newsArticlePath(comment.article.slug)} lang="vi" className="font-semibold text-brand-800 hover:underline">
              {t("moderation.onArticle", { title: comment.article.title })}
            </Link>
          ) : (
            <span lang="vi" className="font-semibold">
              {t("moderation.onArticle", { title: comment.article.title })}
            </span>
          )}
          {viewer.role === "ADMIN" ? <span className="block">{comment.article.committeeName}</span> : null}
        </p>
        <h2 id={`comment-${comment.id}`} className="mt-3 flex flex-wrap items-baseline gap-x-2 text-base">
          <span lang="vi" className="font-bold text-ink-900">
            {comment.authorName}
          </span>
          <span className="text-sm font-normal text-ink-500">{t("moderation.sentAt", { at: format.dateTime(comment.createdAt) })}</span>
        </h2>
        <p lang="vi" className="mt-2 leading-relaxed break-words whitespace-pre-line text-ink-800">
          {comment.body}
        </p>
        {comment.moderatedAt ? (
          <p className="mt-2 text-sm text-ink-600">
            {t("moderation.moderatedBy", { name: comment.moderatedBy ?? m.audit.anonymous, at: format.dateTime(comment.moderatedAt) })}
            {comment.rejectReason ? <span className="block">{t("moderation.reason", { reason: comment.rejectReason })}</span> : null}
          </p>
        ) : null}
        <div className="mt-4 flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-start">
          {comment.status !== "APPROVED" ? (
            <StepForm action={approveCommentAction.bind(null, comment.id)} version={comment.version} label={m.audit.actions.approve} hidden={hidden} />
          ) : null}
          {comment.status !== "REJECTED" ? (
            <div className="sm:min-w-72">
              <RejectCommentForm action={rejectCommentAction.bind(null, comment.id)} version={comment.version} commentId={comment.id} hidden={hidden} />
            </div>
          ) : null}
          <StepForm
            action={deleteCommentAction.bind(null, comment.id)}
            version={comment.version}
            label={m.audit.actions.delete}
            confirm={c.deleteConfirm}
            variant="danger"
            hidden={hidden}
          />
        </div>
      </article>
    </li>
  );

  return (
    <WorkspacePage
      title={c.title}
      lead={c.lead}
      actions={
        <ButtonLink href={NEWSROOM_PATH} variant="secondary">
          {m.nav.editor}
        </ButtonLink>
      }
    >
      {notice ? (
        <Alert tone="success" className="mb-4">
          {c.notices[notice]}
        </Alert>
      ) : null}
      <nav aria-label={c.open} className="mb-4 flex flex-wrap gap-2">
        {tabs.map((tab) => {
          const current = tab.status === status;
          return (
            <Link
              key={tab.status}
              href={listHref({ trang_thai: commentStatusSlugOf(tab.status), trang: 1 }, 1)}
              aria-current={current ? "page" : undefined}
              className={`rounded-full px-3 py-1.5 text-sm font-semibold ring-1 ring-inset ${current ? "bg-brand-700 text-white ring-brand-700" : "bg-white text-ink-700 ring-ink-200 hover:bg-ink-100"}`}
            >
              {tab.label} ({format.number(list.counts[tab.status])})
            </Link>
          );
        })}
      </nav>
      {list.items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-ink-300 bg-white p-6 text-center text-sm text-ink-600">{c.empty}</p>
      ) : (
        <ClientMessages paths={MODERATION_FORM_MESSAGES}>
          <ol aria-label={c.table} className="flex flex-col gap-4">
            {list.items.map(item)}
          </ol>
        </ClientMessages>
      )}
      <Pagination className="mt-4" page={params.trang} pageCount={pageCount} hrefFor={(page) => listHref(params, page)} />
    </WorkspacePage>
  );
}
