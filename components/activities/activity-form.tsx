"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, type ReactNode } from "react";
import { DraftKeeper } from "@/components/forms/draft-keeper";
import { MoneyField } from "@/components/forms/money-field";
import { useFormAction } from "@/components/forms/use-form-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { Field, FieldError, Input, Select, Textarea, errorId } from "@/components/ui/field";
import type { FormState } from "@/lib/actions/form-state-shape";
import { defaultRecordCommittee } from "@/lib/records/default-committee";
import { parseDay } from "@/lib/validation/day";

// Messages come from the provider the pages set up with ACTIVITY_FORM_MESSAGES.

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;
type Choice = { id: string; name: string };

/** A committee the viewer records for, with its life as yyyy-mm-dd (serializable). */
export type CommitteeChoice = { id: string; name: string; validFrom: string; validTo: string | null; own: boolean };
export type IndicatorChoice = { id: string; name: string; unit: string; source: string };

export type ActivityFormChoices = {
  committees: CommitteeChoice[];
  indicators: IndicatorChoice[];
  partners: Choice[];
  coOrganisers: Choice[];
  campaigns: Choice[];
  agreements: Choice[];
  conferences: Choice[];
};

/** The stored activity as the edit form starts from (texts as the inputs hold them). */
export type ActivityFormValues = {
  id: string;
  version: number;
  committeeId: string;
  indicatorId: string;
  title: string;
  occurredOn: string;
  quantity: string;
  valueVnd: string;
  beneficiaries: string;
  place: string;
  description: string;
  campaignId: string;
  agreementId: string;
  conferenceId: string;
  partnerIds: string[];
  committeeIds: string[];
};

const asDay = (text: string) => new Date(`${text}T00:00:00Z`);

/** The create form (no `activity`; today and the committee for today proposed) and the edit form. */
export function ActivityForm({
  action,
  choices,
  activity,
  today,
  userId,
}: {
  action: Action;
  choices: ActivityFormChoices;
  activity?: ActivityFormValues;
  /** yyyy-mm-dd in Vietnam. */
  today: string;
  userId: string;
}) {
  const t = useTranslations();
  const { state, formAction, pending, value } = useFormAction(action);
  const errors = state.fieldErrors;
  const formId = activity ? `activity-${activity.id}` : "activity-new";
  const required = { required: true, requiredLabel: t("common.required") };
  const committees = choices.committees.map((c) => ({ ...c, validFrom: asDay(c.validFrom), validTo: c.validTo ? asDay(c.validTo) : null }));
  const initialDay = value("occurredOn", activity?.occurredOn ?? today);
  const committeeRef = useRef<HTMLSelectElement>(null);
  const [committeeChosen, setCommitteeChosen] = useState(Boolean(activity));
  const [indicatorId, setIndicatorId] = useState(value("indicatorId", activity?.indicatorId));
  const unit = choices.indicators.find((i) => i.id === indicatorId)?.unit;
  const listed = (name: "partnerIds" | "committeeIds") => new Set((state.values[name] ?? activity?.[name].join(",") ?? "").split(",").filter(Boolean));
  const link = (name: "campaignId" | "agreementId" | "conferenceId", label: string, options: Choice[]) =>
    options.length === 0 && !activity?.[name] ? null : (
      <Field id={name} label={label} error={errors[name]}>
        {(control) => (
          <Select {...control} defaultValue={value(name, activity?.[name])}>
            <option value="">{t("activities.noLink")}</option>
            {options.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
    );

  return (
    <form id={formId} action={formAction} noValidate className="flex flex-col gap-5">
      <DraftKeeper formId={formId} userId={userId} />
      {state.formError ? <Alert tone="danger">{state.formError}</Alert> : null}
      {activity ? <input type="hidden" name="version" value={activity.version} /> : null}

      <Field id="indicatorId" label={t("activities.fields.indicator")} error={errors.indicatorId} {...required}>
        {(control) => (
          <Select {...control} defaultValue={value("indicatorId", activity?.indicatorId)} onChange={(event) => setIndicatorId(event.currentTarget.value)}>
            <option value="">{t("activities.chooseIndicator")}</option>
            {choices.indicators.map((indicator) => (
              <option key={indicator.id} value={indicator.id}>
                {t("activities.indicatorOption", { name: indicator.name, unit: indicator.unit })}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="title" label={t("activities.fields.title")} error={errors.title} {...required}>
        {(control) => <Input {...control} autoComplete="off" defaultValue={value("title", activity?.title)} />}
      </Field>

      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="occurredOn" label={t("activities.fields.occurredOn")} error={errors.occurredOn} {...required}>
          {(control) => (
            <Input
              {...control}
              type="date"
              defaultValue={initialDay}
              onChange={(event) => {
                // Until a committee is chosen by hand, it follows the date (a predecessor for days before the reorganisation).
                const day = parseDay(event.currentTarget.value);
                const proposed = day ? defaultRecordCommittee(committees, day) : null;
                if (!committeeChosen && proposed && committeeRef.current) committeeRef.current.value = proposed;
              }}
            />
          )}
        </Field>
        <Field id="committeeId" label={t("activities.fields.committee")} hint={committees.some((c) => !c.own) ? t("activities.hints.committee") : undefined} error={errors.committeeId} {...required}>
          {(control) => (
            <Select
              {...control}
              ref={committeeRef}
              defaultValue={value("committeeId", activity?.committeeId ?? defaultRecordCommittee(committees, parseDay(initialDay) ?? asDay(today)) ?? "")}
              onChange={() => setCommitteeChosen(true)}
            >
              {committees.map((committee) => (
                <option key={committee.id} value={committee.id}>
                  {committee.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="quantity" label={unit ? `${t("activities.fields.quantity")} (${unit})` : t("activities.fields.quantity")} hint={t("activities.hints.quantity")} error={errors.quantity} {...required}>
          {(control) => <Input {...control} inputMode="decimal" autoComplete="off" defaultValue={value("quantity", activity?.quantity)} />}
        </Field>
        <Field id="beneficiaries" label={t("activities.fields.beneficiaries")} error={errors.beneficiaries}>
          {(control) => <Input {...control} inputMode="numeric" autoComplete="off" defaultValue={value("beneficiaries", activity?.beneficiaries)} />}
        </Field>
      </div>

      <MoneyField id="valueVnd" label={t("activities.fields.value")} error={errors.valueVnd} defaultValue={value("valueVnd", activity?.valueVnd)} inputMode="text" />
      <Field id="place" label={t("activities.fields.place")} error={errors.place}>
        {(control) => <Input {...control} autoComplete="off" defaultValue={value("place", activity?.place)} />}
      </Field>

      <CheckboxGroup id="partnerIds" legend={t("activities.fields.partners")} error={errors.partnerIds} options={choices.partners} checked={listed("partnerIds")} />
      <CheckboxGroup
        id="committeeIds"
        legend={t("activities.fields.coOrganisers")}
        hint={t("activities.hints.coOrganisers")}
        error={errors.committeeIds}
        options={choices.coOrganisers}
        checked={listed("committeeIds")}
      />

      <div className="grid gap-5 sm:grid-cols-2">
        {link("campaignId", t("records.kinds.campaign"), choices.campaigns)}
        {link("agreementId", t("records.kinds.agreement"), choices.agreements)}
        {link("conferenceId", t("records.kinds.conference"), choices.conferences)}
      </div>

      <Field id="description" label={t("activities.fields.description")} error={errors.description}>
        {(control) => <Textarea {...control} rows={5} defaultValue={value("description", activity?.description)} />}
      </Field>

      <div>
        <Button type="submit" disabled={pending} className="w-full sm:w-auto">
          {pending ? t("common.submitting") : activity ? t("common.save") : t("activities.create")}
        </Button>
      </div>
    </form>
  );
}

/** Ticks that post one `name` entry each (the action joins them); scrolls when the list is long. */
function CheckboxGroup({ id, legend, hint, error, options, checked }: { id: string; legend: string; hint?: ReactNode; error?: string; options: Choice[]; checked: Set<string> }) {
  if (options.length === 0) return null;
  return (
    <fieldset className="flex flex-col gap-1.5" aria-describedby={errorId(id)}>
      <legend className="mb-1.5 text-sm font-semibold text-ink-800">{legend}</legend>
      {hint ? <p className="text-sm text-ink-600">{hint}</p> : null}
      <div className={cx("max-h-56 overflow-y-auto rounded-md border bg-white p-2", error ? "border-danger-700" : "border-ink-200")}>
        {options.map((option) => (
          <label key={option.id} className="flex items-start gap-2 rounded px-1 py-1.5 text-sm text-ink-900 hover:bg-ink-50">
            <input type="checkbox" name={id} value={option.id} defaultChecked={checked.has(option.id)} className="mt-0.5 size-4 shrink-0 accent-brand-700" />
            <span>{option.name}</span>
          </label>
        ))}
      </div>
      <FieldError id={id} messages={error} />
    </fieldset>
  );
}
