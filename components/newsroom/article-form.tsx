"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { DraftKeeper } from "@/components/forms/draft-keeper";
import { PhotoInput } from "@/components/forms/photo-input";
import { useFormAction } from "@/components/forms/use-form-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { errorId, Field, FieldError, hintId, Input, Select, Textarea } from "@/components/ui/field";
import type { FormState } from "@/lib/actions/form-state-shape";
import type { ImageUploadResult } from "@/lib/actions/newsroom";

// Messages come from the provider the pages set up with ARTICLE_FORM_MESSAGES.

// The editor's code loads only where an article is written.
const RichTextEditor = dynamic(() => import("./rich-text-editor").then((m) => m.RichTextEditor), { ssr: false });

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;
type Option = { value: string; label: string };

export type ArticleFormValues = {
  title: string;
  summary: string;
  body: string;
  byline: string;
  slug: string;
  committeeId: string;
  conferenceId: string;
  campaignId: string;
  topicIds: readonly string[];
};

export function ArticleForm({
  action,
  formId,
  userId,
  values,
  committees,
  conferences,
  campaigns,
  topics,
  cover,
  uploadImage,
  version,
}: {
  action: Action;
  formId: string;
  userId: string;
  values: ArticleFormValues;
  committees: Option[];
  conferences: Option[];
  campaigns: Option[];
  topics: Option[];
  /** The current cover's URL (thumbnail). */
  cover?: string | null;
  uploadImage?: (formData: FormData) => Promise<ImageUploadResult>;
  version?: number;
}) {
  const t = useTranslations();
  const { state, formAction, pending, value } = useFormAction(action);
  const errors = state.fieldErrors;
  const initial = (name: Exclude<keyof ArticleFormValues, "topicIds">) => value(name, values[name]);
  const required = { required: true, requiredLabel: t("common.required") };
  // After a refused submit the boxes show what was sent (one joined value), else the article's.
  const checkedTopics = new Set(state.values.topicIds !== undefined ? state.values.topicIds.split(",") : values.topicIds);
  const bodyLabelId = "body-label";
  return (
    <form id={formId} action={formAction} noValidate className="flex flex-col gap-5">
      <DraftKeeper formId={formId} userId={userId} />
      {state.formError ? <Alert tone="danger">{state.formError}</Alert> : null}
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <Field id="title" label={t("newsroom.fields.title")} error={errors.title} {...required}>
        {(control) => <Textarea {...control} rows={2} defaultValue={initial("title")} />}
      </Field>
      <Field id="summary" label={t("newsroom.fields.summary")} hint={t("newsroom.hints.summary")} error={errors.summary} {...required}>
        {(control) => <Textarea {...control} rows={3} defaultValue={initial("summary")} />}
      </Field>
      <div className="flex flex-col gap-1.5">
        <label id={bodyLabelId} htmlFor="body" className="text-sm font-semibold text-ink-800">
          {t("newsroom.fields.body")}
          <span className="ml-1 font-normal text-brand-700">
            <span aria-hidden="true">*</span>
            <span className="sr-only">({t("common.required")})</span>
          </span>
        </label>
        <p id={hintId("body")} className="text-sm text-ink-600">
          {t("newsroom.hints.body")}
        </p>
        <RichTextEditor
          textareaId="body"
          initialHtml={initial("body")}
          labelledBy={bodyLabelId}
          describedBy={`${hintId("body")} ${errorId("body")}`}
          invalid={Boolean(errors.body)}
          {...(uploadImage ? { uploadImage } : {})}
        />
        <Textarea
          id="body"
          name="body"
          rows={14}
          defaultValue={initial("body")}
          aria-describedby={`${hintId("body")} ${errorId("body")}`}
          {...(errors.body ? { "aria-invalid": true as const } : {})}
          className="font-mono text-sm"
        />
        <FieldError id="body" messages={errors.body} />
      </div>
      <div className="grid gap-5 sm:grid-cols-2 sm:items-start">
        <Field id="byline" label={t("newsroom.fields.byline")} error={errors.byline}>
          {(control) => <Input {...control} autoComplete="off" defaultValue={initial("byline")} />}
        </Field>
        <Field id="committeeId" label={t("news.committee")} error={errors.committeeId} {...required}>
          {(control) => (
            <Select {...control} defaultValue={initial("committeeId")}>
              {committees.length === 1 ? null : <option value="">{t("admin.chooseCommittee")}</option>}
              {committees.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-semibold text-ink-800">{t("newsroom.fields.topics")}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {topics.map((topic) => (
            <label key={topic.value} className="flex items-center gap-2 text-sm text-ink-800">
              <input type="checkbox" name="topicIds" value={topic.value} defaultChecked={checkedTopics.has(topic.value)} className="size-4 accent-brand-700" />
              <span lang="vi">{topic.label}</span>
            </label>
          ))}
        </div>
        <FieldError id="topicIds" messages={errors.topicIds} />
      </fieldset>
      <div className="grid gap-5 sm:grid-cols-2 sm:items-start">
        <Field id="conferenceId" label={t("newsroom.fields.conference")} error={errors.conferenceId}>
          {(control) => (
            <Select {...control} defaultValue={initial("conferenceId")}>
              <option value="">{t("newsroom.noLink")}</option>
              {conferences.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="campaignId" label={t("newsroom.fields.campaign")} error={errors.campaignId}>
          {(control) => (
            <Select {...control} defaultValue={initial("campaignId")}>
              <option value="">{t("newsroom.noLink")}</option>
              {campaigns.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <div className="flex flex-col gap-3">
        {cover ? (
          <div className="flex items-center gap-4">
            {/* eslint-disable-next-line @next/next/no-img-element -- a stored thumbnail of known size */}
            <img src={cover} alt={t("newsroom.fields.cover")} width={160} height={107} className="h-[107px] w-40 rounded-md object-cover ring-1 ring-ink-200" />
            <label className="flex items-center gap-2 text-sm text-ink-800">
              <input type="checkbox" name="removeCover" value="1" className="size-4 accent-brand-700" />
              {t("newsroom.fields.removeCover")}
            </label>
          </div>
        ) : null}
        <PhotoInput id="cover" name="cover" max={1} label={cover ? t("newsroom.fields.replaceCover") : t("newsroom.fields.cover")} hint={t("newsroom.hints.cover")} error={errors.cover} />
      </div>
      <Field id="slug" label={t("newsroom.fields.slug")} hint={t("newsroom.hints.slug")} error={errors.slug}>
        {(control) => <Input {...control} autoComplete="off" spellCheck={false} defaultValue={initial("slug")} />}
      </Field>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("common.submitting") : version !== undefined ? t("common.save") : t("newsroom.saveDraft")}
        </Button>
      </div>
    </form>
  );
}
