"use client";

import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field, FieldError, Input, Select } from "@/components/ui/field";
import { useFormAction } from "@/components/forms/use-form-action";
import type { FormState } from "@/lib/actions/form-state-shape";
import { COMMITTEE_KINDS, COMMITTEE_LEVELS, MERGE_ROWS, SPLIT_ROWS } from "@/lib/validation/committee-tree";

// The forms that change the committee tree (admins). Messages come from the
// provider the pages set up with TREE_FORM_MESSAGES. Every form keeps what
// was typed and shows each refusal next to its field.

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;
type Choice = { id: string; name: string };
type Errors = Record<string, string>;
type Value = (name: string, fallback?: string | number | null) => string;

/** The committee a change form is about, as the page read it. */
export type ChangedCommittee = { id: string; name: string; shortName: string; kind: string; locality: string; version: number; parent: Choice | null };

function useTreeForm(action: Action) {
  const t = useTranslations();
  const form = useFormAction(action);
  const required = { required: true, requiredLabel: t("common.required") };
  return { t, ...form, errors: form.state.fieldErrors, required };
}

function FormFrame({ formAction, formError, children, footer }: { formAction: (formData: FormData) => void; formError: string | null; children: ReactNode; footer: ReactNode }) {
  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      {formError ? <Alert tone="danger">{formError}</Alert> : null}
      {children}
      <div className="flex flex-wrap gap-3">{footer}</div>
    </form>
  );
}

function Footer({ pending, label, cancelHref }: { pending: boolean; label: string; cancelHref: string }) {
  const t = useTranslations();
  return (
    <>
      <Button type="submit" disabled={pending}>
        {pending ? t("common.submitting") : label}
      </Button>
      <ButtonLink href={cancelHref} variant="secondary">
        {t("common.cancel")}
      </ButtonLink>
    </>
  );
}

function TextField({ id, name, label, errors, value, fallback, hint }: { id: string; name?: string; label: string; errors: Errors; value: Value; fallback?: string; hint?: string }) {
  const t = useTranslations();
  const field = name ?? id;
  return (
    <Field id={id} name={field} label={label} hint={hint} error={errors[field]} required requiredLabel={t("common.required")}>
      {(control) => <Input {...control} autoComplete="off" defaultValue={value(field, fallback ?? "")} />}
    </Field>
  );
}

function DateField({ id, label, hint, errors, value }: { id: string; label: string; hint?: string; errors: Errors; value: Value }) {
  const t = useTranslations();
  return (
    <Field id={id} label={label} hint={hint} error={errors[id]} required requiredLabel={t("common.required")}>
      {(control) => <Input {...control} type="date" className="sm:max-w-52" defaultValue={value(id, "")} />}
    </Field>
  );
}

function CommitteeSelect({
  id,
  label,
  choices,
  placeholder,
  errors,
  value,
  fallback,
  hint,
  required = true,
}: {
  id: string;
  label: string;
  choices: Choice[];
  placeholder: string;
  errors: Errors;
  value: Value;
  fallback?: string | null;
  hint?: string;
  required?: boolean;
}) {
  const t = useTranslations();
  return (
    <Field id={id} label={label} hint={hint} error={errors[id]} required={required} requiredLabel={t("common.required")}>
      {(control) => (
        <Select {...control} defaultValue={value(id, fallback ?? "")}>
          <option value="">{placeholder}</option>
          {choices.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.name}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}

function KindSelect({ id = "kind", errors, value, fallback }: { id?: string; errors: Errors; value: Value; fallback?: string }) {
  const t = useTranslations();
  return (
    <Field id={id} label={t("committeeAdmin.fields.kind")} error={errors[id]} required requiredLabel={t("common.required")}>
      {(control) => (
        <Select {...control} defaultValue={value(id, fallback ?? "")}>
          <option value="">{t("committeeAdmin.chooseKind")}</option>
          {COMMITTEE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`committeeAdmin.kinds.${kind}`)}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}

export function CreateCommitteeForm({ action, choices }: { action: Action; choices: Choice[] }) {
  const { t, formAction, pending, state, errors, value, required } = useTreeForm(action);
  return (
    <FormFrame formAction={formAction} formError={state.formError} footer={<Footer pending={pending} label={t("committeeAdmin.submitCreate")} cancelHref="/co-quan" />}>
      <TextField id="name" label={t("committee.fields.name")} errors={errors} value={value} />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField id="shortName" label={t("committee.fields.shortName")} errors={errors} value={value} />
        <TextField id="locality" label={t("committeeAdmin.fields.locality")} errors={errors} value={value} />
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="level" label={t("committee.fields.level")} error={errors.level} {...required}>
          {(control) => (
            <Select {...control} defaultValue={value("level", "")}>
              <option value="">{t("committeeAdmin.chooseLevel")}</option>
              {COMMITTEE_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`committee.levels.${level}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <KindSelect errors={errors} value={value} />
      </div>
      <CommitteeSelect id="parentId" label={t("committee.fields.parent")} choices={choices} placeholder={t("committeeAdmin.noParent")} errors={errors} value={value} required={false} />
      <DateField id="validFrom" label={t("committeeAdmin.fields.validFrom")} errors={errors} value={value} />
    </FormFrame>
  );
}

/** A typo in the name: corrected in place (ids prefixed, as the rename form shares the page). */
export function CorrectNameForm({ action, committee }: { action: Action; committee: ChangedCommittee }) {
  const { t, formAction, pending, state, errors, value } = useTreeForm(action);
  return (
    <FormFrame
      formAction={formAction}
      formError={state.formError}
      footer={
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? t("common.submitting") : t("committeeAdmin.submitCorrect")}
        </Button>
      }
    >
      <input type="hidden" name="version" value={committee.version} />
      <TextField id="correct-name" name="name" label={t("committee.fields.name")} errors={errors} value={value} fallback={committee.name} />
      <TextField id="correct-shortName" name="shortName" label={t("committee.fields.shortName")} errors={errors} value={value} fallback={committee.shortName} />
    </FormFrame>
  );
}

export function RenameCommitteeForm({ action, committee }: { action: Action; committee: ChangedCommittee }) {
  const { t, formAction, pending, state, errors, value } = useTreeForm(action);
  return (
    <FormFrame formAction={formAction} formError={state.formError} footer={<Footer pending={pending} label={t("committeeAdmin.submitRename")} cancelHref={`/co-quan/${committee.id}`} />}>
      <input type="hidden" name="version" value={committee.version} />
      <TextField id="name" label={t("committeeAdmin.fields.newName")} errors={errors} value={value} />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField id="shortName" label={t("committee.fields.shortName")} errors={errors} value={value} />
        <KindSelect errors={errors} value={value} fallback={committee.kind} />
      </div>
      <TextField id="locality" label={t("committeeAdmin.fields.locality")} errors={errors} value={value} fallback={committee.locality} />
      <DateField id="effectiveOn" label={t("committeeAdmin.fields.effectiveOn")} hint={t("committeeAdmin.hints.effectiveOn")} errors={errors} value={value} />
    </FormFrame>
  );
}

function CurrentParent({ committee }: { committee: ChangedCommittee }) {
  const t = useTranslations();
  return <p className="text-sm text-ink-700">{committee.parent ? t("committeeAdmin.currentParent", { name: committee.parent.name }) : t("committeeAdmin.noCurrentParent")}</p>;
}

export function MoveCommitteeForm({ action, committee, choices }: { action: Action; committee: ChangedCommittee; choices: Choice[] }) {
  const { t, formAction, pending, state, errors, value } = useTreeForm(action);
  return (
    <FormFrame formAction={formAction} formError={state.formError} footer={<Footer pending={pending} label={t("committeeAdmin.submitMove")} cancelHref={`/co-quan/${committee.id}`} />}>
      <input type="hidden" name="version" value={committee.version} />
      <CurrentParent committee={committee} />
      <CommitteeSelect id="parentId" label={t("committeeAdmin.fields.newParent")} choices={choices} placeholder={t("committeeAdmin.chooseParent")} errors={errors} value={value} />
      <DateField id="effectiveOn" label={t("committeeAdmin.fields.effectiveOn")} hint={t("committeeAdmin.hints.effectiveOn")} errors={errors} value={value} />
    </FormFrame>
  );
}

export function EndCommitteeForm({ action, committee, choices }: { action: Action; committee: ChangedCommittee; choices: Choice[] }) {
  const { t, formAction, pending, state, errors, value } = useTreeForm(action);
  return (
    <FormFrame formAction={formAction} formError={state.formError} footer={<Footer pending={pending} label={t("committeeAdmin.submitEnd")} cancelHref={`/co-quan/${committee.id}`} />}>
      <input type="hidden" name="version" value={committee.version} />
      <DateField id="validTo" label={t("committeeAdmin.fields.validTo")} hint={t("committeeAdmin.hints.validTo")} errors={errors} value={value} />
      <CommitteeSelect id="successorId" label={t("committeeAdmin.fields.successor")} choices={choices} placeholder={t("committeeAdmin.noSuccessor")} errors={errors} value={value} required={false} />
    </FormFrame>
  );
}

export function MergeCommitteesForm({ action, committee, choices }: { action: Action; committee: ChangedCommittee; choices: Choice[] }) {
  const { t, formAction, pending, state, errors, value, required } = useTreeForm(action);
  const [target, setTarget] = useState(value("target", "new"));
  const others = choices.filter((choice) => choice.id !== committee.id);
  return (
    <FormFrame formAction={formAction} formError={state.formError} footer={<Footer pending={pending} label={t("committeeAdmin.submitMerge")} cancelHref={`/co-quan/${committee.id}`} />}>
      <input type="hidden" name="version" value={committee.version} />
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-sm font-semibold text-ink-800">{t("committeeAdmin.fields.others")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          {Array.from({ length: MERGE_ROWS }, (_, index) => (
            <CommitteeSelect
              key={index}
              id={`others.${index}`}
              label={t("committeeAdmin.fields.other", { n: String(index + 1) })}
              choices={others}
              placeholder={t("admin.chooseCommittee")}
              errors={errors}
              value={value}
              required={false}
            />
          ))}
        </div>
      </fieldset>
      <DateField id="effectiveOn" label={t("committeeAdmin.fields.effectiveOn")} hint={t("committeeAdmin.hints.effectiveOn")} errors={errors} value={value} />
      <fieldset className="flex flex-col gap-4 rounded-md border border-ink-200 p-4">
        <legend className="px-1 text-sm font-semibold text-ink-800">{t("committeeAdmin.fields.target")}</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {(["new", "existing"] as const).map((option) => (
            <label key={option} className="flex items-center gap-2 text-sm text-ink-800">
              <input
                key={`${option}-${target}`}
                type="radio"
                name="target"
                value={option}
                defaultChecked={target === option}
                onChange={() => setTarget(option)}
                className="size-4 accent-brand-700"
              />
              {option === "new" ? t("committeeAdmin.fields.targetNew") : t("committeeAdmin.fields.targetExisting")}
            </label>
          ))}
        </div>
        {target === "existing" ? (
          <CommitteeSelect id="targetId" label={t("committeeAdmin.fields.targetId")} choices={others} placeholder={t("admin.chooseCommittee")} errors={errors} value={value} />
        ) : (
          <>
            <p className="text-sm text-ink-600">{t("committeeAdmin.hints.newTarget")}</p>
            <TextField id="name" label={t("committeeAdmin.fields.newName")} errors={errors} value={value} />
            <div className="grid gap-5 sm:grid-cols-2">
              <TextField id="shortName" label={t("committee.fields.shortName")} errors={errors} value={value} />
              <KindSelect errors={errors} value={value} fallback={committee.kind} />
            </div>
            <Field id="parentId" label={t("committee.fields.parent")} error={errors.parentId} {...required}>
              {(control) => (
                <Select {...control} defaultValue={value("parentId", committee.parent?.id ?? "")}>
                  <option value="">{t("committeeAdmin.noParent")}</option>
                  {others.map((choice) => (
                    <option key={choice.id} value={choice.id}>
                      {choice.name}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
          </>
        )}
      </fieldset>
    </FormFrame>
  );
}

export function SplitCommitteeForm({ action, committee, choices }: { action: Action; committee: ChangedCommittee; choices: Choice[] }) {
  const { t, formAction, pending, state, errors, value } = useTreeForm(action);
  const others = choices.filter((choice) => choice.id !== committee.id);
  const primary = value("primary", "");
  return (
    <FormFrame formAction={formAction} formError={state.formError} footer={<Footer pending={pending} label={t("committeeAdmin.submitSplit")} cancelHref={`/co-quan/${committee.id}`} />}>
      <input type="hidden" name="version" value={committee.version} />
      <DateField id="effectiveOn" label={t("committeeAdmin.fields.effectiveOn")} hint={t("committeeAdmin.hints.effectiveOn")} errors={errors} value={value} />
      <p className="text-sm text-ink-600">{t("committeeAdmin.hints.successorRow")}</p>
      <FieldError id="successors" messages={errors.successors} />
      <FieldError id="primary" messages={errors.primary} />
      <div className="grid gap-4 lg:grid-cols-2">
        {Array.from({ length: SPLIT_ROWS }, (_, index) => {
          const row = `successors.${index}`;
          return (
            <fieldset key={index} className="flex flex-col gap-4 rounded-md border border-ink-200 p-4">
              <legend className="px-1 text-sm font-semibold text-ink-800">{t("committeeAdmin.fields.successorRow", { n: String(index + 1) })}</legend>
              <CommitteeSelect id={`${row}.committeeId`} label={t("committeeAdmin.fields.existing")} choices={others} placeholder={t("admin.chooseCommittee")} errors={errors} value={value} required={false} />
              <Field id={`${row}.name`} label={t("committeeAdmin.fields.newName")} error={errors[`${row}.name`]}>
                {(control) => <Input {...control} autoComplete="off" defaultValue={value(`${row}.name`, "")} />}
              </Field>
              <Field id={`${row}.shortName`} label={t("committee.fields.shortName")} error={errors[`${row}.shortName`]}>
                {(control) => <Input {...control} autoComplete="off" defaultValue={value(`${row}.shortName`, "")} />}
              </Field>
              <label className="flex items-center gap-2 text-sm font-medium text-ink-800">
                <input
                  key={`${index}-${primary}`}
                  type="radio"
                  name="primary"
                  value={index}
                  defaultChecked={primary === String(index)}
                  aria-describedby="primary-error"
                  className="size-4 accent-brand-700"
                />
                {t("committee.history.primary")}
              </label>
            </fieldset>
          );
        })}
      </div>
    </FormFrame>
  );
}
