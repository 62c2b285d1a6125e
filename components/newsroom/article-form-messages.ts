import type { MessagePath } from "@/lib/i18n/server";

/** What the article form and the newsroom's step forms read from the catalog (see ClientMessages), the photo picker's and the draft keeper's included. */
export const ARTICLE_FORM_MESSAGES = [
  "newsroom",
  "common",
  "news.committee",
  "news.publishedOn",
  "admin.chooseCommittee",
  "audit.actions.submit",
  "photoInput",
  "validation.photoType",
  "validation.photoTooMany",
  "draft",
] as const satisfies readonly MessagePath[];

/** The form's id for drafts kept in the browser: one per article, one for a new article. */
export const articleFormId = (articleId: string | null) => (articleId ? `article-${articleId}` : "article-new");
