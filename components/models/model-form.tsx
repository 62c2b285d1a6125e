"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { DraftKeeper } from "@/components/forms/draft-keeper";
import { ExistingPhotos } from "@/components/forms/existing-photos";
import { PhotoInput } from "@/components/forms/photo-input";
import { useCommitteeForDay, type DatedCommitteeChoice } from "@/components/forms/use-committee-for-day";
import { useFormAction } from "@/components/forms/use-form-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import type { FormState } from "@/lib/actions/form-state-shape";
import { MODEL_FIELDS, MODEL_STATUSES, RECOGNITION_LEVELS, REMOVE_MODEL_PHOTO_FIELD } from "@/lib/validation/model";

// Messages come from the provider the pages set up with MODEL_FORM_MESSAGES.

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

export type Option = { value: string; label: string };

export type ModelFormValues = {
  committeeId: string;
  name: string;
  field: string;
  campaignId: string;
  registeredOn: string;
  status: string;
  recognitionLevel: string;
  recognisedOn: string;
  description: string;
};

export type ModelFormChoices = { committees: Option[]; campaigns: Option[]; committeeDays: DatedCommitteeChoice[] };

export type ModelFormPhoto = { id: string; src: string };

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="flex min-w-0 flex-col gap-5">
      <legend className="mb-4 w-full border-b border-ink-200 pb-2 text-base font-semibold text-ink-900">{title}</legend>
      {children}
    </fieldset>
  );
}

/** The create form (no `version`) and the edit form (with the version it was loaded at, and the photos it has). */
export function ModelForm({
  action,
  formId,
  userId,
  values,
  choices,
  version,
  photos = [],
}: {
  action: Action;
  /** The form's id, which its draft is kept under ("model-new", "model-<id>"). */
  formId: string;
  /** The signed-in viewer: drafts are theirs only. */
  userId: string;
  values: ModelFormValues;
  choices: ModelFormChoices;
  version?: number;
  photos?: ModelFormPhoto[];
}) {
  const t = useTranslations();
  const { state, formAction, pending, value } = useFormAction(action);
  const errors = state.fieldErrors;
  const initial = (name: keyof ModelFormValues) => value(name, values[name]);
  const required = { required: true, requiredLabel: t("common.required") };
  const committee = useCommitteeForDay(choices.committeeDays);
  return (
    <form id={formId} action={formAction} noValidate className="flex flex-col gap-8">
      <DraftKeeper formId={formId} userId={userId} />
      {state.formError ? <Alert tone="danger">{state.formError}</Alert> : null}
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <Section title={t("models.sections.general")}>
        <Field id="name" label={t("models.fields.name")} error={errors.name} {...required}>
          {(control) => <Textarea {...control} rows={2} defaultValue={initial("name")} />}
        </Field>
        <Field id="committeeId" label={t("models.fields.committee")} error={errors.committeeId} {...required}>
          {(control) => (
            <Select {...control} ref={committee.ref} defaultValue={initial("committeeId")} onChange={committee.onChosen}>
              {choices.committees.length === 1 ? null : <option value="">{t("admin.chooseCommittee")}</option>}
              {choices.committees.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <div className="grid gap-5 sm:grid-cols-2 sm:items-start">
          <Field id="field" label={t("models.fields.field")} error={errors.field} {...required}>
            {(control) => (
              <Select {...control} defaultValue={initial("field")}>
                <option value="">{t("models.chooseField")}</option>
                {MODEL_FIELDS.map((field) => (
                  <option key={field} value={field}>
                    {t(`models.fieldNames.${field}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field id="registeredOn" label={t("models.fields.registeredOn")} hint={t("models.hints.registeredOn")} error={errors.registeredOn} {...required}>
            {(control) => <Input {...control} type="date" defaultValue={initial("registeredOn")} onChange={(event) => committee.proposeFor(event.currentTarget.value)} />}
          </Field>
        </div>
        <Field id="campaignId" label={t("records.kinds.campaign")} error={errors.campaignId}>
          {(control) => (
            <Select {...control} defaultValue={initial("campaignId")}>
              <option value="">{t("conferences.noChoice")}</option>
              {choices.campaigns.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </Section>

      <Section title={t("models.sections.recognition")}>
        <Field id="status" label={t("models.fields.status")} error={errors.status} {...required}>
          {(control) => (
            <Select {...control} defaultValue={initial("status")}>
              {MODEL_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`models.statuses.${status}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <div className="grid gap-5 sm:grid-cols-2 sm:items-start">
          <Field id="recognitionLevel" label={t("models.fields.recognitionLevel")} hint={t("models.hints.recognition")} error={errors.recognitionLevel}>
            {(control) => (
              <Select {...control} defaultValue={initial("recognitionLevel")}>
                <option value="">{t("models.chooseLevel")}</option>
                {RECOGNITION_LEVELS.map((level) => (
                  <option key={level} value={level}>
                    {t(`models.levels.${level}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field id="recognisedOn" label={t("models.fields.recognisedOn")} error={errors.recognisedOn}>
            {(control) => <Input {...control} type="date" defaultValue={initial("recognisedOn")} />}
          </Field>
        </div>
      </Section>

      <Section title={t("models.sections.content")}>
        <Field id="description" label={t("models.fields.description")} error={errors.description}>
          {(control) => <Textarea {...control} rows={6} defaultValue={initial("description")} />}
        </Field>
        <ExistingPhotos
          photos={photos}
          legend={t("models.fields.photos")}
          alt={(n) => t("models.photoAlt", { n })}
          removeLabel={t("conferences.removePhoto")}
          fieldPrefix={REMOVE_MODEL_PHOTO_FIELD}
          submitted={state.values}
        />
        <PhotoInput id="photos" name="photos" label={photos.length > 0 ? t("conferences.addPhotos") : t("models.fields.photos")} error={errors.photos} />
      </Section>

      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("common.submitting") : version !== undefined ? t("common.save") : t("models.create")}
        </Button>
      </div>
    </form>
  );
}
