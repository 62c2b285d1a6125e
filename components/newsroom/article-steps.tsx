"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useFormAction } from "@/components/forms/use-form-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import type { FormState } from "@/lib/actions/form-state-shape";

// The newsroom's workflow steps on an article's page: each a small form
// carrying the version it was shown, so a step taken on a stale page is
// refused. Messages come from ARTICLE_FORM_MESSAGES.

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** A one-button step (submit, withdraw, delete, restore), with an optional confirmation. */
export function StepForm({
  action,
  version,
  label,
  confirm,
  variant = "primary",
  hidden,
}: {
  action: Action;
  version: number;
  label: string;
  confirm?: string;
  variant?: "primary" | "secondary" | "danger";
  hidden?: Record<string, string>;
}) {
  const t = useTranslations("common");
  const { state, formAction, pending } = useFormAction(action);
  return (
    <form
      action={formAction}
      className="flex flex-col gap-2"
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
    >
      {state.formError ? <Alert tone="danger">{state.formError}</Alert> : null}
      <input type="hidden" name="version" value={version} />
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div>
        <Button type="submit" variant={variant} disabled={pending}>
          {pending ? t("submitting") : label}
        </Button>
      </div>
    </form>
  );
}

/** Publishing now, or at a day and time in Vietnam. */
export function PublishForm({ action, version, today }: { action: Action; version: number; today: string }) {
  const t = useTranslations();
  const { state, formAction, pending, value } = useFormAction(action);
  const errors = state.fieldErrors;
  return (
    <form action={formAction} noValidate className="flex flex-col gap-3">
      {state.formError ? <Alert tone="danger">{state.formError}</Alert> : null}
      <input type="hidden" name="version" value={version} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("common.submitting") : t("newsroom.workflow.publishNow")}
        </Button>
      </div>
      <details className="rounded-md border border-ink-200 p-3" open={Boolean(errors.publishOn || errors.publishAt)}>
        <summary className="cursor-pointer text-sm font-semibold text-brand-800">{t("newsroom.workflow.schedule")}</summary>
        <div className="mt-3 flex flex-col gap-3">
          <p className="text-sm text-ink-600">{t("newsroom.workflow.scheduleHint")}</p>
          <div className="grid grid-cols-2 gap-3">
            <Field id="publishOn" label={t("newsroom.workflow.publishOn")} error={errors.publishOn}>
              {(control) => <Input {...control} type="date" min={today} defaultValue={value("publishOn", "")} />}
            </Field>
            <Field id="publishAt" label={t("newsroom.workflow.publishAt")} error={errors.publishAt}>
              {(control) => <Input {...control} type="time" defaultValue={value("publishAt", "")} />}
            </Field>
          </div>
          <div>
            <Button type="submit" variant="secondary" disabled={pending}>
              {t("newsroom.workflow.schedule")}
            </Button>
          </div>
        </div>
      </details>
    </form>
  );
}

/** Sending an article back to its writer, with the reason they will read. */
export function ReturnForm({ action, version }: { action: Action; version: number }) {
  const t = useTranslations("newsroom.workflow");
  const { state, formAction, pending, value } = useFormAction(action);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-3">
      {state.formError ? <Alert tone="danger">{state.formError}</Alert> : null}
      <input type="hidden" name="version" value={version} />
      <Field id="reason" label={t("returnReason")} error={state.fieldErrors.reason}>
        {(control) => <Textarea {...control} rows={3} defaultValue={value("reason", "")} />}
      </Field>
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {t("returnSubmit")}
        </Button>
      </div>
    </form>
  );
}

/** A titled box of the side panel. */
export function StepBox({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="rounded-lg border border-ink-200 bg-white p-4 shadow-sm">
      <h2 className="mb-3 text-base font-bold text-ink-900">{title}</h2>
      <div className="flex flex-col gap-4">{children}</div>
    </section>
  );
}
