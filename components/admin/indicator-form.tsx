"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { useFormAction } from "@/components/forms/use-form-action";
import type { FormState } from "@/lib/actions/form-state-shape";
import { CONFERENCE_KINDS, HOUSE_ATTRIBUTIONS, INDICATOR_SOURCES } from "@/lib/validation/indicator";

// Messages: indicators, conferences.kinds/fields/allKinds, activities.fields.unit, houses.fields.programme, housingProgrammes, common (the page's ClientMessages).

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

export type IndicatorFormValues = {
  id: string;
  code: string;
  name: string;
  unit: string;
  source: string;
  conferenceKind: string | null;
  housingProgrammeId: string | null;
  houseAttribution: string;
  position: number;
  active: boolean;
  version: number;
};

/** One indicator's code, name, unit, how delivered is computed (and its parameters), order and use. */
export function IndicatorForm({ action, indicator, programmes, nextPosition }: { action: Action; indicator: IndicatorFormValues | null; programmes: { id: string; name: string }[]; nextPosition: number }) {
  const t = useTranslations();
  const { state, formAction, pending, value } = useFormAction(action);
  const id = indicator ? `indicator-${indicator.id}` : "new-indicator";
  const active = state.values.code !== undefined ? state.values.active === "1" : (indicator?.active ?? true);
  return (
    <form action={formAction} noValidate className="grid gap-3 sm:grid-cols-6 sm:items-start">
      {state.formError ? <Alert tone="danger" className="sm:col-span-6">{state.formError}</Alert> : null}
      {indicator ? (
        <>
          <input type="hidden" name="id" value={indicator.id} />
          <input type="hidden" name="version" value={indicator.version} />
        </>
      ) : null}
      <Field id={`${id}-code`} name="code" label={t("indicators.fields.code")} error={state.fieldErrors.code} className="sm:col-span-2" required requiredLabel={t("common.required")}>
        {(control) => <Input {...control} autoComplete="off" defaultValue={value("code", indicator?.code)} />}
      </Field>
      <Field id={`${id}-name`} name="name" label={t("indicators.fields.name")} error={state.fieldErrors.name} className="sm:col-span-4" required requiredLabel={t("common.required")}>
        {(control) => <Input {...control} autoComplete="off" defaultValue={value("name", indicator?.name)} />}
      </Field>
      <Field id={`${id}-unit`} name="unit" label={t("activities.fields.unit")} error={state.fieldErrors.unit} className="sm:col-span-2" required requiredLabel={t("common.required")}>
        {(control) => <Input {...control} autoComplete="off" defaultValue={value("unit", indicator?.unit)} />}
      </Field>
      <Field id={`${id}-source`} name="source" label={t("indicators.fields.source")} error={state.fieldErrors.source} className="sm:col-span-4" required requiredLabel={t("common.required")}>
        {(control) => (
          <Select {...control} defaultValue={value("source", indicator?.source)}>
            <option value="" />
            {INDICATOR_SOURCES.map((source) => (
              <option key={source} value={source}>
                {t(`indicators.sources.${source}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id={`${id}-kind`} name="conferenceKind" label={t("conferences.fields.kind")} error={state.fieldErrors.conferenceKind} className="sm:col-span-2">
        {(control) => (
          <Select {...control} defaultValue={value("conferenceKind", indicator?.conferenceKind)}>
            <option value="">{t("conferences.allKinds")}</option>
            {CONFERENCE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`conferences.kinds.${kind}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id={`${id}-programme`} name="housingProgrammeId" label={t("houses.fields.programme")} error={state.fieldErrors.housingProgrammeId} className="sm:col-span-2">
        {(control) => (
          <Select {...control} defaultValue={value("housingProgrammeId", indicator?.housingProgrammeId)}>
            <option value="">{t("indicators.anyProgramme")}</option>
            {programmes.map((programme) => (
              <option key={programme.id} value={programme.id}>
                {programme.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id={`${id}-attribution`} name="houseAttribution" label={t("indicators.fields.attribution")} error={state.fieldErrors.houseAttribution} className="sm:col-span-2">
        {(control) => (
          <Select {...control} defaultValue={value("houseAttribution", indicator?.houseAttribution ?? "HANDED_OVER_BY")}>
            {HOUSE_ATTRIBUTIONS.map((attribution) => (
              <option key={attribution} value={attribution}>
                {t(`indicators.attributions.${attribution}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id={`${id}-position`} name="position" label={t("housingProgrammes.position")} error={state.fieldErrors.position} className="sm:col-span-1">
        {(control) => <Input {...control} inputMode="numeric" defaultValue={value("position", indicator?.position ?? nextPosition)} />}
      </Field>
      {indicator ? (
        <label className="flex h-10 items-center gap-2 text-sm text-ink-800 sm:col-span-2 sm:mt-7">
          <input type="checkbox" name="active" value="1" defaultChecked={active} className="size-4" />
          {t("housingProgrammes.active")}
        </label>
      ) : null}
      <div className="sm:col-span-3 sm:mt-7">
        <Button type="submit" variant={indicator ? "secondary" : "primary"} disabled={pending}>
          {pending ? t("common.submitting") : indicator ? t("common.save") : t("indicators.add")}
        </Button>
      </div>
    </form>
  );
}
