"use client";

import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { DraftKeeper } from "@/components/forms/draft-keeper";
import { ExistingPhotos } from "@/components/forms/existing-photos";
import { PhotoInput } from "@/components/forms/photo-input";
import { useFormAction } from "@/components/forms/use-form-action";
import type { FormState } from "@/lib/actions/form-state-shape";
import { CONFERENCE_KINDS, MAX_CO_HOSTS, REMOVE_PHOTO_FIELD, coHostField } from "@/lib/validation/conference";
import type { ConferenceChoices, ConferenceFormValues, OptionGroup } from "./conference-choices";

// Messages come from the provider the pages set up with CONFERENCE_FORM_MESSAGES.

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

export type ConferenceFormPhoto = { id: string; src: string };

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="flex min-w-0 flex-col gap-5">
      <legend className="mb-4 w-full border-b border-ink-200 pb-2 text-base font-semibold text-ink-900">{title}</legend>
      {children}
    </fieldset>
  );
}

function Options({ groups }: { groups: readonly OptionGroup[] }) {
  return groups.map((group) =>
    group.label === null ? (
      group.options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))
    ) : (
      <optgroup key={group.label} label={group.label}>
        {group.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </optgroup>
    ),
  );
}

/**
 * The co-hosts, one select per row (coHost0, coHost1…): committees and
 * partner organisations. Without JavaScript the rows the page gave are
 * there; with it, rows are added and removed.
 */
function CoHostRows({ initial, groups, error }: { initial: string[]; groups: readonly OptionGroup[]; error?: string }) {
  const t = useTranslations("conferences");
  const tAll = useTranslations();
  const [rows, setRows] = useState(() => initial.map((value, index) => ({ key: index, value })));
  const [next, setNext] = useState(initial.length);
  const fresh = () => {
    setNext((n) => n + 1);
    return { key: next, value: "" };
  };
  const hintId = "coHosts-hint";
  const errorId = "coHosts-error";
  return (
    <fieldset className="flex min-w-0 flex-col gap-2" aria-describedby={`${hintId} ${errorId}`}>
      <legend className="text-sm font-semibold text-ink-800">{t("fields.coHosts")}</legend>
      <p id={hintId} className="text-sm text-ink-600">
        {t("hints.coHosts")}
      </p>
      <ol className="flex flex-col gap-2">
        {rows.map((row, index) => (
          <li key={row.key} className="flex items-center gap-2">
            <label htmlFor={`coHost-${row.key}`} className="sr-only">
              {t("coHostRow", { n: index + 1 })}
            </label>
            <Select id={`coHost-${row.key}`} name={coHostField(index)} defaultValue={row.value} aria-invalid={error ? true : undefined} className="min-w-0 flex-1">
              <option value="">{t("noChoice")}</option>
              <Options groups={groups} />
            </Select>
            <Button
              variant="ghost"
              size="sm"
              aria-label={t("removeCoHostRow", { n: index + 1 })}
              onClick={() => setRows(rows.length > 1 ? rows.filter((r) => r.key !== row.key) : [fresh()])}
            >
              {tAll("photoInput.removeShort")}
            </Button>
          </li>
        ))}
      </ol>
      {rows.length < MAX_CO_HOSTS ? (
        <div>
          <Button
            variant="secondary"
            size="sm"
            onClick={() => setRows([...rows, fresh()])}
          >
            {t("addCoHost")}
          </Button>
        </div>
      ) : null}
      <p id={errorId} aria-live="polite" className={error ? "text-sm font-medium text-danger-700" : "sr-only"}>
        {error}
      </p>
    </fieldset>
  );
}

/** The create form (no `version`) and the edit form (with the version it was loaded at, and the photos it has). */
export function ConferenceForm({
  action,
  formId,
  userId,
  values,
  choices,
  version,
  photos = [],
}: {
  action: Action;
  /** The form's id, which its draft is kept under ("conference-new", "conference-<id>"). */
  formId: string;
  /** The signed-in viewer: drafts are theirs only. */
  userId: string;
  values: ConferenceFormValues;
  choices: ConferenceChoices;
  version?: number;
  photos?: ConferenceFormPhoto[];
}) {
  const t = useTranslations();
  const { state, formAction, pending, value } = useFormAction(action);
  const errors = state.fieldErrors;
  const initial = (name: Exclude<keyof ConferenceFormValues, "coHosts">) => value(name, values[name]);
  const required = { required: true, requiredLabel: t("common.required") };
  const submittedRows = Object.keys(state.values)
    .filter((key) => /^coHost\d+$/.test(key))
    .sort((a, b) => Number(a.slice(6)) - Number(b.slice(6)))
    .map((key) => state.values[key] ?? "");
  const coHostRows = submittedRows.length > 0 ? submittedRows : [...values.coHosts, ""];
  return (
    <form id={formId} action={formAction} noValidate className="flex flex-col gap-8">
      <DraftKeeper formId={formId} userId={userId} />
      {state.formError ? <Alert tone="danger">{state.formError}</Alert> : null}
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <Section title={t("conferences.sections.general")}>
        <Field id="kind" label={t("conferences.fields.kind")} error={errors.kind} {...required}>
          {(control) => (
            <Select {...control} defaultValue={initial("kind")}>
              <option value="">{t("conferences.chooseKind")}</option>
              {CONFERENCE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`conferences.kinds.${kind}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="title" label={t("conferences.fields.title")} error={errors.title} {...required}>
          {(control) => <Textarea {...control} rows={2} defaultValue={initial("title")} />}
        </Field>
        <div className="grid gap-5 sm:grid-cols-2 sm:items-end">
          <Field id="heldOn" label={t("conferences.fields.heldOn")} hint={t("conferences.hints.heldOn")} error={errors.heldOn} {...required}>
            {(control) => <Input {...control} type="date" defaultValue={initial("heldOn")} />}
          </Field>
          <Field id="startTime" label={t("conferences.fields.startTime")} error={errors.startTime}>
            {(control) => <Input {...control} type="time" defaultValue={initial("startTime")} />}
          </Field>
        </div>
        <Field id="place" label={t("conferences.fields.place")} error={errors.place}>
          {(control) => <Input {...control} autoComplete="off" defaultValue={initial("place")} />}
        </Field>
      </Section>

      <Section title={t("conferences.sections.hosts")}>
        <Field id="committeeId" label={t("conferences.fields.host")} error={errors.committeeId} {...required}>
          {(control) => (
            <Select {...control} defaultValue={initial("committeeId")}>
              {choices.hosts.length === 1 ? null : <option value="">{t("admin.chooseCommittee")}</option>}
              {choices.hosts.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <CoHostRows key={coHostRows.join("|")} initial={coHostRows} groups={choices.coHosts} error={errors.coHosts} />
        <div className="grid gap-5 sm:grid-cols-2">
          <Field id="chairName" label={t("conferences.fields.chairName")} error={errors.chairName}>
            {(control) => <Input {...control} autoComplete="off" defaultValue={initial("chairName")} />}
          </Field>
          <Field id="chairTitle" label={t("conferences.fields.chairTitle")} error={errors.chairTitle}>
            {(control) => <Input {...control} autoComplete="off" defaultValue={initial("chairTitle")} />}
          </Field>
        </div>
        <Field id="attendance" label={t("conferences.fields.attendance")} error={errors.attendance} className="sm:max-w-xs">
          {(control) => <Input {...control} inputMode="numeric" autoComplete="off" defaultValue={initial("attendance")} />}
        </Field>
      </Section>

      <Section title={t("conferences.sections.links")}>
        <Field id="reviewedPeriod" label={t("conferences.fields.reviewedPeriod")} hint={t("conferences.hints.reviewedPeriod")} error={errors.reviewedPeriod}>
          {(control) => (
            <Select {...control} defaultValue={initial("reviewedPeriod")}>
              <option value="">{t("conferences.noChoice")}</option>
              <Options groups={choices.periods} />
            </Select>
          )}
        </Field>
        <Field id="agreementId" label={t("records.kinds.agreement")} error={errors.agreementId}>
          {(control) => (
            <Select {...control} defaultValue={initial("agreementId")}>
              <option value="">{t("conferences.noChoice")}</option>
              <Options groups={[{ label: null, options: choices.agreements }]} />
            </Select>
          )}
        </Field>
        <Field id="campaignId" label={t("records.kinds.campaign")} error={errors.campaignId}>
          {(control) => (
            <Select {...control} defaultValue={initial("campaignId")}>
              <option value="">{t("conferences.noChoice")}</option>
              <Options groups={[{ label: null, options: choices.campaigns }]} />
            </Select>
          )}
        </Field>
      </Section>

      <Section title={t("conferences.sections.content")}>
        <Field id="summary" label={t("conferences.fields.summary")} error={errors.summary}>
          {(control) => <Textarea {...control} rows={4} defaultValue={initial("summary")} />}
        </Field>
        <Field id="conclusions" label={t("conferences.fields.conclusions")} error={errors.conclusions}>
          {(control) => <Textarea {...control} rows={6} defaultValue={initial("conclusions")} />}
        </Field>
        <Field id="directions" label={t("conferences.fields.directions")} error={errors.directions}>
          {(control) => <Textarea {...control} rows={6} defaultValue={initial("directions")} />}
        </Field>
        <ExistingPhotos
          photos={photos}
          legend={t("conferences.fields.photos")}
          alt={(n) => t("conferences.photoAlt", { n })}
          removeLabel={t("conferences.removePhoto")}
          fieldPrefix={REMOVE_PHOTO_FIELD}
          submitted={state.values}
        />
        <PhotoInput id="photos" name="photos" label={photos.length > 0 ? t("conferences.addPhotos") : t("conferences.fields.photos")} error={errors.photos} />
      </Section>

      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("common.submitting") : version !== undefined ? t("common.save") : t("conferences.create")}
        </Button>
      </div>
    </form>
  );
}
