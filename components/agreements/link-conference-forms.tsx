"use client";

import { useTranslations } from "next-intl";
import { useFormAction } from "@/components/forms/use-form-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import type { FormState } from "@/lib/actions/form-state-shape";

// "Gắn hội nghị" and "Gỡ khỏi chương trình" on an agreement's page. Each
// choice carries the conference's version (`<id>.<version>`): a conference
// changed since the page was read is refused, naming who changed it.
// Messages: AGREEMENT_FORM_MESSAGES.

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

export type ConferenceChoice = { value: string; label: string };

export function LinkConferenceForm({ action, choices }: { action: Action; choices: ConferenceChoice[] }) {
  const t = useTranslations();
  const { state, formAction, pending, value } = useFormAction(action);
  if (choices.length === 0) return <p className="text-sm text-ink-600">{t("agreements.reviews.noneToLink")}</p>;
  return (
    <form action={formAction} noValidate className="flex flex-col gap-3">
      {state.formError ? <Alert tone="danger">{state.formError}</Alert> : null}
      <p className="text-sm text-ink-700">{t("agreements.reviews.linkLead")}</p>
      <Field id="conference" label={t("records.kinds.conference")} error={state.fieldErrors.conference} required requiredLabel={t("common.required")}>
        {(control) => (
          <Select {...control} defaultValue={value("conference", "")}>
            <option value="">{t("agreements.reviews.chooseConference")}</option>
            {choices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? t("common.submitting") : t("agreements.reviews.link")}
        </Button>
      </div>
    </form>
  );
}

export function UnlinkConferenceForm({ action, conference }: { action: Action; conference: string }) {
  const t = useTranslations();
  const { state, formAction, pending } = useFormAction(action);
  const error = state.fieldErrors.conference ?? state.formError;
  return (
    <form action={formAction} className="flex flex-col items-start gap-1">
      <input type="hidden" name="conference" value={conference} />
      <Button type="submit" variant="ghost" size="sm" disabled={pending}>
        {t("agreements.reviews.unlink")}
      </Button>
      {error ? (
        <p role="alert" className="text-sm text-danger-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}
