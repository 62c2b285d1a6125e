"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/auth/viewer";
import { NotFoundError, RuleViolation } from "@/lib/data/errors";
import {
  addArticleImage,
  createArticle,
  deleteArticle,
  publishArticle,
  restoreArticleRevision,
  returnArticle,
  submitArticle,
  updateArticle,
  withdrawArticle,
} from "@/lib/data/newsroom";
import { recordPhotoUploads } from "@/lib/files/uploads";
import { messageText } from "@/lib/i18n/message-key";
import { articleImagePath, NEWSROOM_PATH, newsroomArticlePath, type NewsroomNotice } from "@/lib/records/paths";
import { vietnamInstant } from "@/lib/time/vietnam";
import {
  articleStepSchema,
  createArticleSchema,
  publishArticleSchema,
  restoreRevisionSchema,
  returnArticleSchema,
  updateArticleSchema,
} from "@/lib/validation/article";
import { boundRecordId, joinCheckboxLists, submitForm, type FormState } from "./form-state";

/** The form's cover photo field. */
const COVER_FIELD = "cover";

async function coverOf(formData: FormData) {
  const [cover = null] = await recordPhotoUploads(formData, COVER_FIELD);
  return cover;
}

/** Checked topic boxes travel as one value the schema splits. */
const withTopics = (formData: FormData) => joinCheckboxLists(formData, ["topicIds"]);

function showArticle(id: string, notice: NewsroomNotice): never {
  revalidatePath(NEWSROOM_PATH);
  revalidatePath("/", "layout");
  redirect(`${newsroomArticlePath(id)}?${notice}=1`);
}

export async function createArticleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const outcome = await submitForm(withTopics(formData), createArticleSchema, async (input) => createArticle(viewer, input, await coverOf(formData)));
  if (!outcome.ok) return outcome.state;
  showArticle(outcome.result.id, "saved");
}

export async function updateArticleAction(boundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const id = boundRecordId(boundId);
  const outcome = await submitForm(withTopics(formData), updateArticleSchema, async (input) => updateArticle(viewer, id, input, await coverOf(formData)));
  if (!outcome.ok) return outcome.state;
  showArticle(id, "saved");
}

export async function submitArticleAction(boundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const id = boundRecordId(boundId);
  const outcome = await submitForm(formData, articleStepSchema, (input) => submitArticle(viewer, id, input.version));
  if (!outcome.ok) return outcome.state;
  showArticle(id, "submitted");
}

export async function returnArticleAction(boundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const id = boundRecordId(boundId);
  const outcome = await submitForm(formData, returnArticleSchema, (input) => returnArticle(viewer, id, input.version, input.reason));
  if (!outcome.ok) return outcome.state;
  showArticle(id, "returned");
}

export async function publishArticleAction(boundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const id = boundRecordId(boundId);
  const outcome = await submitForm(formData, publishArticleSchema, async (input) => {
    const at = input.publishOn ? vietnamInstant(input.publishOn, input.publishAt ?? new Date(0)) : new Date();
    await publishArticle(viewer, id, input.version, at);
    return at;
  });
  if (!outcome.ok) return outcome.state;
  showArticle(id, outcome.result.getTime() > Date.now() ? "scheduled" : "published");
}

export async function withdrawArticleAction(boundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const id = boundRecordId(boundId);
  const outcome = await submitForm(formData, articleStepSchema, (input) => withdrawArticle(viewer, id, input.version));
  if (!outcome.ok) return outcome.state;
  showArticle(id, "withdrawn");
}

export async function restoreRevisionAction(boundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const id = boundRecordId(boundId);
  const outcome = await submitForm(formData, restoreRevisionSchema, (input) => restoreArticleRevision(viewer, id, input.version, input.revision));
  if (!outcome.ok) return outcome.state;
  showArticle(id, "restored");
}

export async function deleteArticleAction(boundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const id = boundRecordId(boundId);
  const outcome = await submitForm(formData, articleStepSchema, (input) => deleteArticle(viewer, id, input.version));
  if (!outcome.ok) return outcome.state;
  revalidatePath(NEWSROOM_PATH);
  redirect(`${NEWSROOM_PATH}?deleted=1`);
}

export type ImageUploadResult = { src: string } | { error: string };

/** An image for the article's body, from the editor's toolbar: checked, re-encoded and kept with the article. */
export async function uploadArticleImageAction(boundId: string, formData: FormData): Promise<ImageUploadResult> {
  const viewer = await requireViewer();
  const id = boundRecordId(boundId);
  try {
    const [image] = await recordPhotoUploads(formData, "image");
    if (!image) throw new RuleViolation("validation.required");
    return { src: articleImagePath(await addArticleImage(viewer, id, image)) };
  } catch (error) {
    const t = await getTranslations();
    if (error instanceof NotFoundError) return { error: t("validation.articleNotEditable") };
    if (!(error instanceof RuleViolation)) throw error;
    return { error: messageText(t, error.code, "validation.invalid") };
  }
}
