"use client";

import { useTranslations } from "next-intl";
import { DraftKeeper } from "@/components/forms/draft-keeper";
import { useFormAction } from "@/components/forms/use-form-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import type { FormState } from "@/lib/actions/form-state-shape";

// Messages come from the provider the pages set up with CAMPAIGN_FORM_MESSAGES.

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

export type Option = { value: string; label: string };

export type CampaignFormValues = { committeeId: string; name: string; startsOn: string; endsOn: string; description: string };

/** A campaign's form; `nationwide` offers no launching committee (admins). */
export function CampaignForm({
  action,
  formId,
  userId,
  values,
  committees,
  nationwide,
  version,
}: {
  action: Action;
  formId: string;
  userId: string;
  values: CampaignFormValues;
  committees: Option[];
  nationwide: boolean;
  version?: number;
}) {
  const t = useTranslations();
  const { state, formAction, pending, value } = useFormAction(action);
  const errors = state.fieldErrors;
  const initial = (name: keyof CampaignFormValues) => value(name, values[name]);
  const required = { required: true, requiredLabel: t("common.required") };
  return (
    <form id={formId} action={formAction} noValidate className="flex flex-col gap-5">
      <DraftKeeper formId={formId} userId={userId} />
      {state.formError ? <Alert tone="danger">{state.formError}</Alert> : null}
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <Field id="name" label={t("campaigns.fields.name")} error={errors.name} {...required}>
        {(control) => <Textarea {...control} rows={2} defaultValue={initial("name")} />}
      </Field>
      <Field id="committeeId" label={t("campaigns.fields.committee")} error={errors.committeeId} required={!nationwide} requiredLabel={t("common.required")}>
        {(control) => (
          <Select {...control} defaultValue={initial("committeeId")}>
            {nationwide ? <option value="">{t("campaigns.nationwideChoice")}</option> : committees.length === 1 ? null : <option value="">{t("admin.chooseCommittee")}</option>}
            {committees.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <div className="grid gap-5 sm:grid-cols-2 sm:items-start">
        <Field id="startsOn" label={t("campaigns.fields.startsOn")} error={errors.startsOn} {...required}>
          {(control) => <Input {...control} type="date" defaultValue={initial("startsOn")} />}
        </Field>
        <Field id="endsOn" label={t("campaigns.fields.endsOn")} hint={t("campaigns.hints.endsOn")} error={errors.endsOn}>
          {(control) => <Input {...control} type="date" defaultValue={initial("endsOn")} />}
        </Field>
      </div>
      <Field id="description" label={t("campaigns.fields.description")} error={errors.description}>
        {(control) => <Textarea {...control} rows={6} defaultValue={initial("description")} />}
      </Field>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("common.submitting") : version !== undefined ? t("common.save") : t("campaigns.create")}
        </Button>
      </div>
    </form>
  );
}

export type PhaseFormValues = { committeeId: string; name: string; startsOn: string; endsOn: string };

/** A phase's form: adding one on the campaign's page, or changing one (with its version). */
export function PhaseForm({ action, values, committees, version }: { action: Action; values: PhaseFormValues; committees: Option[]; version?: number }) {
  const t = useTranslations();
  const { state, formAction, pending, value } = useFormAction(action);
  const errors = state.fieldErrors;
  const initial = (name: keyof PhaseFormValues) => value(name, values[name]);
  const required = { required: true, requiredLabel: t("common.required") };
  return (
    <form action={formAction} noValidate className="flex flex-col gap-4">
      {state.formError ? <Alert tone="danger">{state.formError}</Alert> : null}
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <Field id="phase-name" name="name" label={t("campaigns.phases.name")} error={errors.name} {...required}>
        {(control) => <Input {...control} autoComplete="off" placeholder={t("campaigns.phases.namePlaceholder")} defaultValue={initial("name")} />}
      </Field>
      <Field id="phase-committeeId" name="committeeId" label={t("campaigns.phases.committee")} error={errors.committeeId} {...required}>
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
      <div className="grid gap-4 sm:grid-cols-2 sm:items-start">
        <Field id="phase-startsOn" name="startsOn" label={t("campaigns.fields.startsOn")} error={errors.startsOn} {...required}>
          {(control) => <Input {...control} type="date" defaultValue={initial("startsOn")} />}
        </Field>
        <Field id="phase-endsOn" name="endsOn" label={t("campaigns.fields.endsOn")} error={errors.endsOn} {...required}>
          {(control) => <Input {...control} type="date" defaultValue={initial("endsOn")} />}
        </Field>
      </div>
      <div>
        <Button type="submit" variant={version === undefined ? "secondary" : "primary"} disabled={pending}>
          {pending ? t("common.submitting") : t("campaigns.phases.save")}
        </Button>
      </div>
    </form>
  );
}

/** Deletes a phase after a confirmation; a refusal (a phase in use) is shown above the button. */
export function DeletePhaseForm({ action, version }: { action: Action; version: number }) {
  const t = useTranslations("campaigns.phases");
  const { state, formAction, pending } = useFormAction(action);
  return (
    <form
      action={formAction}
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        if (!window.confirm(t("deleteConfirm"))) event.preventDefault();
      }}
    >
      {state.formError ? <Alert tone="danger">{state.formError}</Alert> : null}
      <input type="hidden" name="version" value={version} />
      <div>
        <Button type="submit" variant="danger" disabled={pending}>
          {t("delete")}
        </Button>
      </div>
    </form>
  );
}
