import type { Metadata } from "next";
import Link from "next/link";
import { getMessages, getTranslations } from "next-intl/server";
import { DraftCleared } from "@/components/forms/draft-keeper";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { ArticleForm } from "@/components/newsroom/article-form";
import { ARTICLE_FORM_MESSAGES, articleFormId } from "@/components/newsroom/article-form-messages";
import { PublishForm, ReturnForm, StepBox, StepForm } from "@/components/newsroom/article-steps";
import { ArticleStatusBadge } from "@/components/newsroom/article-status-badge";
import { Alert } from "@/components/ui/alert";
import { newsArticlePath } from "@/components/layout/public-nav";
import {
  deleteArticleAction,
  publishArticleAction,
  returnArticleAction,
  submitArticleAction,
  updateArticleAction,
  uploadArticleImageAction,
  withdrawArticleAction,
} from "@/lib/actions/newsroom";
import { requireViewer } from "@/lib/auth/viewer";
import { articleFormChoices } from "@/lib/data/newsroom";
import { ClientMessages, getFormat } from "@/lib/i18n/server";
import { articleImagePath, articleRevisionPath, NEWSROOM_NOTICES } from "@/lib/records/paths";
import { vietnamToday } from "@/lib/time/vietnam";
import { dayInputValue } from "@/lib/validation/day";
import { sanitizeArticleHtml } from "@/lib/text/article-html";
import { articleFormOptions } from "../form-options";
import { loadArticle } from "./load-article";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadArticle((await params).id);
  return { title: article.title };
}

export default async function NewsroomArticlePage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const viewer = await requireViewer();
  const [article, m, t, format, choices] = await Promise.all([loadArticle(id), getMessages(), getTranslations("newsroom"), getFormat(), articleFormChoices(viewer)]);
  const n = m.newsroom;
  const notice = NEWSROOM_NOTICES.find((key) => query[key] === "1");
  const live = article.status === "PUBLISHED" && !article.scheduled;
  const options = await articleFormOptions(choices);
  // An admin may edit an article of a committee that is not among today's choices: keep its own.
  const committees = options.committees.some((c) => c.value === article.committeeId) ? options.committees : [{ value: article.committeeId, label: article.committeeName }, ...options.committees];
  const bound = <A extends unknown[], R>(action: (id: string, ...rest: A) => R) => action.bind(null, article.id) as (...rest: A) => R;
  return (
    <WorkspacePage
      title={article.title}
      lead={
        <span className="inline-flex flex-wrap items-center gap-2">
          <ArticleStatusBadge status={article.status} labels={n.statuses} scheduledText={article.scheduled && article.publishedAt ? t("scheduledFor", { at: format.dateTime(article.publishedAt) }) : null} />
          {live && article.publishedAt ? <span>{t("publishedAt", { at: format.dateTime(article.publishedAt) })}</span> : null}
          <span>{article.committeeName}</span>
        </span>
      }
    >
      {notice ? (
        <Alert tone="success" className="mb-4">
          {n.notices[notice]}
        </Alert>
      ) : null}
      {notice ? <DraftCleared formIds={[articleFormId(article.id), articleFormId(null)]} userId={viewer.id} /> : null}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 rounded-lg border border-ink-200 bg-white p-5 shadow-sm sm:p-6">
          {article.canEdit ? (
            <ClientMessages paths={ARTICLE_FORM_MESSAGES}>
              <ArticleForm
                action={bound(updateArticleAction)}
                formId={articleFormId(article.id)}
                userId={viewer.id}
                version={article.version}
                values={{
                  title: article.title,
                  summary: article.summary,
                  body: article.body,
                  byline: article.byline ?? "",
                  slug: article.slug,
                  committeeId: article.committeeId,
                  conferenceId: article.conferenceId ?? "",
                  campaignId: article.campaignId ?? "",
                  topicIds: article.topicIds,
                }}
                committees={committees}
                conferences={options.conferences}
                campaigns={options.campaigns}
                topics={options.topics}
                cover={article.coverImageId ? articleImagePath(article.coverImageId, "thumbnail") : null}
                uploadImage={bound(uploadArticleImageAction)}
              />
            </ClientMessages>
          ) : (
            <>
              {article.status === "PUBLISHED" ? <Alert className="mb-4">{m.validation.articlePublishedLocked}</Alert> : null}
              <p lang="vi" className="text-lg font-semibold text-ink-800">{article.summary}</p>
              {/* The body was sanitized when saved (lib/text/article-html.ts). */}
              <div lang="vi" className="article-body mt-4" dangerouslySetInnerHTML={{ __html: sanitizeArticleHtml(article.body) }} />
            </>
          )}
        </div>
        <ClientMessages paths={ARTICLE_FORM_MESSAGES}>
          <div className="flex flex-col gap-4">
            <StepBox title={n.workflow.title}>
              {live ? (
                <Link href={newsArticlePath(article.slug)} className="text-sm font-semibold text-brand-800 hover:underline">
                  {n.workflow.viewPublic} <span aria-hidden="true">→</span>
                </Link>
              ) : null}
              {article.canSubmit ? <StepForm action={bound(submitArticleAction)} version={article.version} label={n.workflow.submit} /> : null}
              {article.canPublish ? <PublishForm action={bound(publishArticleAction)} version={article.version} today={dayInputValue(vietnamToday())} /> : null}
              {article.canReturn ? (
                <details className="rounded-md border border-ink-200 p-3">
                  <summary className="cursor-pointer text-sm font-semibold text-brand-800">{n.workflow.returnTitle}</summary>
                  <div className="mt-3">
                    <ReturnForm action={bound(returnArticleAction)} version={article.version} />
                  </div>
                </details>
              ) : null}
              {article.canWithdraw ? (
                <StepForm action={bound(withdrawArticleAction)} version={article.version} label={n.workflow.withdraw} confirm={n.workflow.withdrawConfirm} variant="secondary" />
              ) : null}
              {article.canDelete ? (
                <StepForm action={bound(deleteArticleAction)} version={article.version} label={n.workflow.delete} confirm={n.workflow.deleteConfirm} variant="danger" />
              ) : null}
              {article.steps.length > 0 ? (
                <div>
                  <h3 className="mb-1 text-sm font-semibold text-ink-800">{n.workflow.steps}</h3>
                  <ol className="flex flex-col gap-2 text-sm text-ink-700">
                    {article.steps.map((step) => (
                      <li key={step.id}>
                        <span className="font-semibold">{m.audit.actions[step.action as keyof typeof m.audit.actions] ?? step.action}</span> · {step.actor ?? m.audit.anonymous} ·{" "}
                        {format.dateTime(step.at)}
                        {step.reason ? <span className="block text-ink-600">{t("workflow.returnedBecause", { reason: step.reason })}</span> : null}
                      </li>
                    ))}
                  </ol>
                </div>
              ) : null}
            </StepBox>
            <StepBox title={n.revisions.title}>
              <ol className="flex flex-col gap-2 text-sm">
                {article.revisions.map((revision) => (
                  <li key={revision.version}>
                    <Link href={articleRevisionPath(article.id, revision.version)} className="font-semibold text-brand-800 hover:underline">
                      {t("revisions.label", { version: String(revision.version) })}
                    </Link>
                    {revision.version === article.version ? <span className="text-ink-600"> ({n.revisions.current})</span> : null}
                    <span className="block text-ink-600">{t("revisions.savedBy", { name: revision.savedBy ?? m.records.history.unknownActor, at: format.dateTime(revision.savedAt) })}</span>
                  </li>
                ))}
              </ol>
              {article.formerSlugs.length > 0 ? (
                <div>
                  <h3 className="mb-1 text-sm font-semibold text-ink-800">{n.revisions.formerSlugs}</h3>
                  <ul className="text-sm break-all text-ink-700">
                    {article.formerSlugs.map((slug) => (
                      <li key={slug}>{newsArticlePath(slug)}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
            </StepBox>
          </div>
        </ClientMessages>
      </div>
    </WorkspacePage>
  );
}
