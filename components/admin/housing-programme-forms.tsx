"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { useFormAction } from "@/components/forms/use-form-action";
import type { FormState } from "@/lib/actions/form-state-shape";

// Messages: housingProgrammes, common (the page's ClientMessages).

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

export type ProgrammeFormValues = { id: string; name: string; position: number; active: boolean; version: number; houses: number };

/** Adds a programme at the end of the list (or where its order puts it). */
export function NewHousingProgrammeForm({ action, nextPosition }: { action: Action; nextPosition: number }) {
  const t = useTranslations();
  const { state, formAction, pending, value } = useFormAction(action);
  return (
    <form action={formAction} noValidate className="grid gap-4 sm:grid-cols-[1fr_8rem_auto] sm:items-start">
      {state.formError ? <Alert tone="danger" className="sm:col-span-3">{state.formError}</Alert> : null}
      <Field id="new-name" name="name" label={t("housingProgrammes.name")} error={state.fieldErrors.name} required requiredLabel={t("common.required")}>
        {(control) => <Input {...control} autoComplete="off" defaultValue={value("name", "")} />}
      </Field>
      <Field id="new-position" name="position" label={t("housingProgrammes.position")} error={state.fieldErrors.position}>
        {(control) => <Input {...control} inputMode="numeric" defaultValue={value("position", nextPosition)} />}
      </Field>
      <div className="sm:pt-6">
        <Button type="submit" disabled={pending}>
          {pending ? t("common.submitting") : t("housingProgrammes.add")}
        </Button>
      </div>
    </form>
  );
}

/** Renames, reorders, retires or brings back one programme. */
export function HousingProgrammeForm({ action, programme }: { action: Action; programme: ProgrammeFormValues }) {
  const t = useTranslations();
  const { state, formAction, pending, value } = useFormAction(action);
  const id = `programme-${programme.id}`;
  const active = state.values.name !== undefined ? state.values.active === "1" : programme.active;
  return (
    <form action={formAction} noValidate className="grid gap-3 sm:grid-cols-[1fr_6rem_auto_auto] sm:items-end">
      {state.formError ? <Alert tone="danger" className="sm:col-span-4">{state.formError}</Alert> : null}
      <input type="hidden" name="id" value={programme.id} />
      <input type="hidden" name="version" value={programme.version} />
      <Field id={`${id}-name`} name="name" label={t("housingProgrammes.name")} error={state.fieldErrors.name}>
        {(control) => <Input {...control} autoComplete="off" defaultValue={value("name", programme.name)} />}
      </Field>
      <Field id={`${id}-position`} name="position" label={t("housingProgrammes.position")} error={state.fieldErrors.position}>
        {(control) => <Input {...control} inputMode="numeric" defaultValue={value("position", programme.position)} />}
      </Field>
      <label className="flex h-10 items-center gap-2 text-sm text-ink-800">
        <input type="checkbox" name="active" value="1" defaultChecked={active} className="size-4" />
        {t("housingProgrammes.keepActive")}
      </label>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? t("common.submitting") : t("common.save")}
      </Button>
    </form>
  );
}
