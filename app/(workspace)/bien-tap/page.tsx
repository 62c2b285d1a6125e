import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getMessages, getTranslations } from "next-intl/server";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { ArticleStatusBadge } from "@/components/newsroom/article-status-badge";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { Input } from "@/components/ui/field";
import { FilterField, ListFilters } from "@/components/ui/list-filters";
import { Pagination } from "@/components/ui/pagination";
import { requireViewer } from "@/lib/auth/viewer";
import { moderatesComments } from "@/lib/data/comments";
import { listNewsroomArticles, newsroomCommitteeChoices, NEWSROOM_PAGE_SIZE, usesNewsroom, type NewsroomListItem } from "@/lib/data/newsroom";
import { getFormat } from "@/lib/i18n/server";
import { COMMENT_MODERATION_PATH, NEW_ARTICLE_PATH, NEWSROOM_PATH, newsroomArticlePath } from "@/lib/records/paths";
import { ARTICLE_STATUS_SLUGS, newsroomListSchema, statusSlugOf, type NewsroomListParams } from "@/lib/validation/newsroom-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).nav.editor };
}

function listHref(params: NewsroomListParams, page: number): string {
  const query = new URLSearchParams();
  if (params.trang_thai) query.set("trang_thai", params.trang_thai);
  if (params.q) query.set("q", params.q);
  if (page > 1) query.set("trang", String(page));
  const text = query.toString();
  return text ? `${NEWSROOM_PATH}?${text}` : NEWSROOM_PATH;
}

export default async function NewsroomPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const params = newsroomListSchema.parse(raw);
  const viewer = await requireViewer();
  if (!usesNewsroom(viewer)) notFound();
  const [m, t, tNews, format, writable, list] = await Promise.all([
    getMessages(),
    getTranslations("newsroom"),
    getTranslations("news"),
    getFormat(),
    newsroomCommitteeChoices(viewer),
    listNewsroomArticles(viewer, { status: params.trang_thai ? ARTICLE_STATUS_SLUGS[params.trang_thai] : null, q: params.q ?? "", page: params.trang }),
  ]);
  const n = m.newsroom;
  const columns: DataTableColumn<NewsroomListItem>[] = [
    {
      key: "title",
      header: n.fields.title,
      className: "min-w-64",
      cell: (article) => (
        <>
          <Link href={newsroomArticlePath(article.id)} lang="vi" className="font-semibold text-brand-800 hover:underline">
            {article.title}
          </Link>
          {viewer.role === "ADMIN" ? <span className="block text-sm text-ink-600">{article.committeeName}</span> : null}
        </>
      ),
    },
    {
      key: "status",
      header: m.admin.fields.status,
      cell: (article) => (
        <ArticleStatusBadge
          status={article.status}
          labels={n.statuses}
          scheduledText={article.scheduled && article.publishedAt ? t("scheduledFor", { at: format.dateTime(article.publishedAt) }) : null}
        />
      ),
    },
    { key: "writer", header: n.writer, cell: (article) => article.authorName ?? "—" },
    { key: "changed", header: n.lastChange, className: "whitespace-nowrap", cell: (article) => format.dateTime(article.updatedAt) },
  ];
  const pageCount = Math.max(1, Math.ceil(list.total / NEWSROOM_PAGE_SIZE));
  return (
    <WorkspacePage
      title={m.nav.editor}
      lead={n.lead}
      actions={
        <>
          {moderatesComments(viewer) ? (
            <ButtonLink href={COMMENT_MODERATION_PATH} variant="secondary">
              {m.comments.moderation.title}
            </ButtonLink>
          ) : null}
          {writable.length > 0 ? <ButtonLink href={NEW_ARTICLE_PATH}>{n.newArticle}</ButtonLink> : null}
        </>
      }
    >
      {raw.deleted === "1" ? (
        <Alert tone="success" className="mb-4">
          {n.notices.deleted}
        </Alert>
      ) : null}
      <nav aria-label={n.allStatuses} className="mb-4 flex flex-wrap gap-2">
        {[null, ...(["DRAFT", "IN_REVIEW", "PUBLISHED", "ARCHIVED"] as const)].map((status) => {
          const slug = status ? statusSlugOf(status) : undefined;
          const current = params.trang_thai === slug;
          const count = status ? (list.counts[status] ?? 0) : Object.values(list.counts).reduce((a, b) => a + (b ?? 0), 0);
          return (
            <Link
              key={status ?? "all"}
              href={listHref({ ...params, trang_thai: slug }, 1)}
              aria-current={current ? "page" : undefined}
              className={`rounded-full px-3 py-1.5 text-sm font-semibold ring-1 ring-inset ${current ? "bg-brand-700 text-white ring-brand-700" : "bg-white text-ink-700 ring-ink-200 hover:bg-ink-100"}`}
            >
              {status ? n.statuses[status] : n.allStatuses} ({format.number(count)})
            </Link>
          );
        })}
      </nav>
      <ListFilters keep={params.trang_thai ? { trang_thai: params.trang_thai } : {}} submitLabel={m.common.filter} clearLabel={m.list.clearFilters} clearHref={NEWSROOM_PATH}>
        <FilterField label={n.searchTitle} className="lg:col-span-2">
          <Input name="q" type="search" defaultValue={params.q ?? ""} />
        </FilterField>
      </ListFilters>
      <p className="mb-2 text-sm text-ink-600">{tNews("count", { count: list.total })}</p>
      <DataTable caption={n.table} columns={columns} rows={list.items} rowKey={(article) => article.id} empty={n.empty} labels={m.list} />
      <Pagination className="mt-4" page={params.trang} pageCount={pageCount} hrefFor={(page) => listHref(params, page)} />
    </WorkspacePage>
  );
}
