import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getMessages, getTranslations } from "next-intl/server";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { ARTICLE_FORM_MESSAGES } from "@/components/newsroom/article-form-messages";
import { StepForm } from "@/components/newsroom/article-steps";
import { restoreRevisionAction } from "@/lib/actions/newsroom";
import { requireViewer } from "@/lib/auth/viewer";
import { getArticleRevision } from "@/lib/data/newsroom";
import { orNotFound } from "@/lib/data/not-found";
import { ClientMessages, getFormat } from "@/lib/i18n/server";
import { newsroomArticlePath } from "@/lib/records/paths";
import { sanitizeArticleHtml } from "@/lib/text/article-html";
import { loadArticle } from "../../load-article";

type Props = { params: Promise<{ id: string; version: string }> };

function versionOf(text: string): number {
  const version = /^[1-9][0-9]{0,8}$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(version)) notFound();
  return version;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { version } = await params;
  return { title: (await getTranslations("newsroom"))("revisions.label", { version: String(versionOf(version)) }) };
}

export default async function ArticleRevisionPage({ params }: Props) {
  const { id, version: versionText } = await params;
  const version = versionOf(versionText);
  const viewer = await requireViewer();
  const [article, revision, m, t, format] = await Promise.all([
    loadArticle(id),
    orNotFound(getArticleRevision(viewer, id, version)),
    getMessages(),
    getTranslations("newsroom"),
    getFormat(),
  ]);
  const n = m.newsroom;
  return (
    <WorkspacePage
      title={t("revisions.label", { version: String(revision.version) })}
      lead={t("revisions.savedBy", { name: revision.savedBy ?? m.records.history.unknownActor, at: format.dateTime(revision.savedAt) })}
      actions={
        <Link href={newsroomArticlePath(article.id)} className="text-sm font-semibold text-brand-800 hover:underline">
          <span aria-hidden="true">←</span> {article.title}
        </Link>
      }
    >
      {article.canEdit && revision.version !== article.version ? (
        <div className="mb-6 rounded-lg border border-ink-200 bg-white p-4 shadow-sm">
          <p className="mb-3 text-sm text-ink-700">{n.revisions.restoreHint}</p>
          <ClientMessages paths={ARTICLE_FORM_MESSAGES}>
            <StepForm action={restoreRevisionAction.bind(null, article.id)} version={article.version} label={n.revisions.restore} hidden={{ revision: String(revision.version) }} />
          </ClientMessages>
        </div>
      ) : null}
      <article className="rounded-lg border border-ink-200 bg-white p-5 shadow-sm sm:p-8">
        <h2 lang="vi" className="text-2xl font-bold text-ink-900">{revision.title}</h2>
        <p lang="vi" className="mt-4 text-lg font-semibold text-ink-800">{revision.summary}</p>
        <div lang="vi" className="article-body mt-4" dangerouslySetInnerHTML={{ __html: sanitizeArticleHtml(revision.body) }} />
        {revision.byline ? <p lang="vi" className="mt-6 text-right font-bold text-ink-900">{revision.byline}</p> : null}
      </article>
    </WorkspacePage>
  );
}
