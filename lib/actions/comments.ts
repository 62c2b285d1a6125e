"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { newsArticlePath } from "@/components/layout/public-nav";
import { clientIp } from "@/lib/auth/client-ip";
import { HOME_AFTER_SIGN_IN } from "@/lib/auth/routes";
import { requireViewer } from "@/lib/auth/viewer";
import { checkFormToken, clientKeyOf } from "@/lib/comments/form-token";
import { commentSecret } from "@/lib/comments/secret";
import { approveComment, deleteComment, postComment, rejectComment } from "@/lib/data/comments";
import { RuleViolation } from "@/lib/data/errors";
import { COMMENT_MODERATION_PATH, type CommentNotice } from "@/lib/records/paths";
import { commentModerationListSchema, commentSchema, commentStepSchema, rejectCommentSchema } from "@/lib/validation/comment";
import { boundRecordId, submitForm, type FormState } from "./form-state";

/**
 * A reader's comment from an article's page (no account): the fields, then
 * the honeypot and the signed form token, then the limits and the write in
 * the data layer. Refusals come back next to their field or above the form,
 * with nothing written; a posted comment waits for moderation, which the
 * answer says once (and the form is emptied). Works as a plain form post.
 */
export async function postCommentAction(boundArticleId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const articleId = boundRecordId(boundArticleId);
  const secret = commentSecret();
  const ip = clientIp(await headers());
  const outcome = await submitForm(formData, commentSchema, async (input) => {
    if (input.website !== "") throw new RuleViolation("comments.errors.bot");
    const token = checkFormToken(secret, articleId, input.formToken);
    if (token === "tooFast") throw new RuleViolation("comments.errors.tooFast");
    if (token !== "ok") throw new RuleViolation("comments.errors.expired");
    return postComment({ articleId, clientKey: clientKeyOf(secret, ip) }, input);
  });
  if (!outcome.ok) return outcome.state;
  revalidatePath(COMMENT_MODERATION_PATH);
  const t = await getTranslations();
  return { fieldErrors: {}, formError: null, values: {}, shownOnce: { notice: t("comments.form.pending") } };
}

/** Back to the list the moderator was on (its status tab), with the step's notice. */
function showModeration(slug: string, notice: CommentNotice, formData: FormData): never {
  revalidatePath(COMMENT_MODERATION_PATH);
  revalidatePath(HOME_AFTER_SIGN_IN);
  revalidatePath(newsArticlePath(slug));
  const { trang_thai } = commentModerationListSchema.parse({ trang_thai: formData.get("trang_thai") ?? undefined });
  redirect(`${COMMENT_MODERATION_PATH}?trang_thai=${trang_thai}&${notice}=1`);
}

export async function approveCommentAction(boundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const id = boundRecordId(boundId);
  const outcome = await submitForm(formData, commentStepSchema, (input) => approveComment(viewer, id, input.version));
  if (!outcome.ok) return outcome.state;
  showModeration(outcome.result.slug, "approved", formData);
}

export async function rejectCommentAction(boundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const id = boundRecordId(boundId);
  const outcome = await submitForm(formData, rejectCommentSchema, (input) => rejectComment(viewer, id, input.version, input.reason));
  if (!outcome.ok) return outcome.state;
  showModeration(outcome.result.slug, "rejected", formData);
}

export async function deleteCommentAction(boundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const id = boundRecordId(boundId);
  const outcome = await submitForm(formData, commentStepSchema, (input) => deleteComment(viewer, id, input.version));
  if (!outcome.ok) return outcome.state;
  showModeration(outcome.result.slug, "deleted", formData);
}
