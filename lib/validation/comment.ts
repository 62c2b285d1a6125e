import { z } from "zod";
import type { CommentStatus } from "@/lib/generated/prisma/enums";
import { HONEYPOT_FIELD } from "@/lib/comments/honeypot";
import type { MessageKey } from "@/lib/i18n/message-key";
import { optionalText, version } from "./fields";
import { message } from "./message";

// Readers' comments: plain text (shown as text, never as HTML), within the
// limits the table's CHECK constraints hold too (migration
// 20261208013000_article_comments).

export const COMMENT_NAME_MAX = 80;
export const COMMENT_BODY_MAX = 2000;

const noNul = (value: string) => !value.includes("\u0000");

/** Text as people type it: composed (NFC: "ạ" one character, whatever the keyboard sent), CR LF as LF, trimmed. */
const plainText = (max: number, missing: MessageKey, tooLong: MessageKey, oneLine: boolean) =>
  z
    .string({ error: missing })
    .transform((value) => {
      const text = value.normalize("NFC").replace(/\r\n?/g, "\n");
      return (oneLine ? text.replace(/\s+/g, " ") : text.replace(/\n{3,}/g, "\n\n")).trim();
    })
    .pipe(z.string().min(1, missing).max(max, tooLong).refine(noNul, message("validation.invalid")));

/** A reader's comment as the public form posts it; the honeypot and the signed token are checked by the action. */
export const commentSchema = z.object({
  authorName: plainText(COMMENT_NAME_MAX, message("comments.errors.nameRequired"), message("comments.errors.nameTooLong"), true),
  body: plainText(COMMENT_BODY_MAX, message("comments.errors.bodyRequired"), message("comments.errors.bodyTooLong"), false),
  [HONEYPOT_FIELD]: z.string().default(""),
  // A missing or oversized token is simply not a valid one (a form error, not a field error).
  formToken: z.string().max(200).catch(""),
});

/** Approving or deleting: the version the moderator was shown. */
export const commentStepSchema = z.object({ version });

/** Rejecting, with an optional reason kept for the committee (the reader is not told). */
export const rejectCommentSchema = z.object({ version, reason: optionalText(500) });

export type CommentInput = z.infer<typeof commentSchema>;

// The moderation list's URL: ?trang_thai=&trang=. Waiting comments by default; anything malformed falls back.

export const COMMENT_STATUS_SLUGS = { "cho-duyet": "PENDING", "da-duyet": "APPROVED", "tu-choi": "REJECTED" } as const satisfies Record<string, CommentStatus>;
type CommentStatusSlug = keyof typeof COMMENT_STATUS_SLUGS;

export const commentStatusSlugOf = (status: CommentStatus): CommentStatusSlug =>
  (Object.keys(COMMENT_STATUS_SLUGS) as CommentStatusSlug[]).find((slug) => COMMENT_STATUS_SLUGS[slug] === status)!;

export const commentModerationListSchema = z.object({
  trang_thai: z.enum(Object.keys(COMMENT_STATUS_SLUGS) as [CommentStatusSlug, ...CommentStatusSlug[]]).default("cho-duyet").catch("cho-duyet"),
  trang: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});

export type CommentModerationListParams = z.infer<typeof commentModerationListSchema>;
