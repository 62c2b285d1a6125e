"use client";

import { useTranslations } from "next-intl";
import { useFormAction } from "@/components/forms/use-form-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import type { FormState } from "@/lib/actions/form-state-shape";
import { HONEYPOT_FIELD } from "@/lib/comments/honeypot";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * The public comment form: name and comment, the signed token of the page's
 * render time, and the honeypot (off-screen, skipped by keyboards and screen
 * readers; people never fill it). A plain form post to the server action, so
 * it works before (or without) JavaScript too.
 */
export function ArticleCommentForm({ action, token }: { action: Action; token: string }) {
  const t = useTranslations();
  const { state, formAction, pending, value } = useFormAction(action);
  const notice = state.shownOnce?.notice;
  return (
    <form action={formAction} noValidate aria-labelledby="comment-form-title" className="relative mt-6 flex flex-col gap-4 rounded-md border border-ink-200 bg-ink-50 p-4 sm:p-5">
      <div>
        <h3 id="comment-form-title" className="text-base font-bold text-ink-900">
          {t("comments.form.title")}
        </h3>
        <p className="mt-1 text-sm text-ink-600">{t("comments.form.lead")}</p>
      </div>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {state.formError ? <Alert tone="danger">{state.formError}</Alert> : null}
      <input type="hidden" name="formToken" value={token} />
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="comment-website">{t("comments.form.honeypot")}</label>
        <input id="comment-website" name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <Field
        id="comment-name"
        name="authorName"
        label={t("admin.fields.name")}
        hint={t("comments.form.nameHint")}
        error={state.fieldErrors.authorName}
        required
        requiredLabel={t("common.required")}
      >
        {(control) => <Input {...control} autoComplete="name" defaultValue={value("authorName", "")} />}
      </Field>
      <Field id="comment-body" name="body" label={t("comments.form.body")} error={state.fieldErrors.body} required requiredLabel={t("common.required")}>
        {(control) => <Textarea {...control} rows={4} defaultValue={value("body", "")} />}
      </Field>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("common.submitting") : t("comments.form.title")}
        </Button>
      </div>
    </form>
  );
}
