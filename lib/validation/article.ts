import { z } from "zod";
import { isSlugShaped } from "@/lib/text/slug";
import { articleHtmlToText, sanitizeArticleHtml } from "@/lib/text/article-html";
import { optionalDay } from "./day";
import { idField, optionalText, RECORD_ID_PATTERN, text, version } from "./fields";
import { message } from "./message";
import { optionalTime } from "./record";

// The newsroom's forms. The body arrives as HTML from the editor (or typed
// by hand without JavaScript) and leaves this schema sanitized.

export const ARTICLE_BODY_MAX = 200_000;

const body = z
  .string({ error: message("validation.required") })
  .max(ARTICLE_BODY_MAX, message("validation.tooLong"))
  .transform((html, context) => {
    const clean = sanitizeArticleHtml(html.replace(/\u0000/g, ""));
    if (articleHtmlToText(clean) === "") {
      context.addIssue({ code: "custom", message: message("validation.required") });
      return z.NEVER;
    }
    return clean;
  });

/** Empty: made from the title. */
const slug = z
  .string()
  .trim()
  .toLowerCase()
  .default("")
  .refine((value) => value === "" || isSlugShaped(value), message("validation.articleSlug"))
  .transform((value) => (value === "" ? null : value));

const optionalRef = z
  .string()
  .trim()
  .default("")
  .refine((value) => value === "" || RECORD_ID_PATTERN.test(value), message("validation.invalid"))
  .transform((value) => (value === "" ? null : value));

/** Topics come as one comma-joined value (the action joins the checked boxes). */
const topicIds = z
  .string()
  .default("")
  .transform((value) => [...new Set(value.split(",").map((id) => id.trim()).filter(Boolean))])
  .refine((ids) => ids.length <= 10 && ids.every((id) => RECORD_ID_PATTERN.test(id)), message("validation.articleTopics"));

const articleFields = z.object({
  title: text(300),
  summary: text(600),
  body,
  byline: optionalText(120),
  slug,
  committeeId: idField(message("validation.committee"), message("validation.committee")),
  conferenceId: optionalRef,
  campaignId: optionalRef,
  topicIds,
  removeCover: z
    .string()
    .optional()
    .transform((value) => value === "1"),
});

export const createArticleSchema = articleFields;
export const updateArticleSchema = articleFields.extend({ version });

/** The workflow's steps on an article's page; each names the version it was shown. */
export const articleStepSchema = z.object({ version });

/** Publishing: now, or at a day and time in Vietnam (both empty: now). */
export const publishArticleSchema = z
  .object({
    version,
    publishOn: optionalDay(message("validation.date")),
    publishAt: optionalTime,
  })
  .refine((input) => input.publishOn !== null || input.publishAt === null, { message: message("validation.required"), path: ["publishOn"] });

export const returnArticleSchema = z.object({ version, reason: text(1000) });

export const restoreRevisionSchema = z.object({ version, revision: z.coerce.number().int().min(1).max(2_147_483_647) });

export type CreateArticleInput = z.infer<typeof createArticleSchema>;
export type UpdateArticleInput = z.infer<typeof updateArticleSchema>;
export type PublishArticleInput = z.infer<typeof publishArticleSchema>;
