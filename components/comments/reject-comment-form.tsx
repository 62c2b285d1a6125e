"use client";

import { useTranslations } from "next-intl";
import { useFormAction } from "@/components/forms/use-form-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import type { FormState } from "@/lib/actions/form-state-shape";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** Rejecting a reader's comment, with an optional reason the committee keeps (the reader is not told). */
export function RejectCommentForm({ action, version, commentId, hidden }: { action: Action; version: number; commentId: string; hidden: Record<string, string> }) {
  const t = useTranslations();
  const { state, formAction, pending, value } = useFormAction(action);
  const reasonId = `reject-reason-${commentId}`;
  return (
    <details className="rounded-md border border-ink-200 bg-white p-3" open={Boolean(state.formError || state.fieldErrors.reason)}>
      <summary className="cursor-pointer text-sm font-semibold text-brand-800">{t("comments.moderation.reject")}</summary>
      <form action={formAction} noValidate className="mt-3 flex flex-col gap-3">
        {state.formError ? <Alert tone="danger">{state.formError}</Alert> : null}
        <input type="hidden" name="version" value={version} />
        {Object.entries(hidden).map(([name, v]) => (
          <input key={name} type="hidden" name={name} value={v} />
        ))}
        <Field id={reasonId} name="reason" label={t("comments.moderation.rejectReason")} error={state.fieldErrors.reason}>
          {(control) => <Textarea {...control} rows={2} defaultValue={value("reason", "")} />}
        </Field>
        <div>
          <Button type="submit" variant="secondary" disabled={pending}>
            {pending ? t("common.submitting") : t("comments.moderation.reject")}
          </Button>
        </div>
      </form>
    </details>
  );
}
