"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { useFormAction } from "@/components/forms/use-form-action";
import type { FormState } from "@/lib/actions/form-state-shape";
import { PARTNER_KINDS } from "@/lib/validation/partner";

// Messages come from the provider the pages set up with PARTNER_FORM_MESSAGES.

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;
type Choice = { id: string; name: string };

export type PartnerFormValues = {
  name: string;
  shortName: string;
  kind: string;
  committeeId: string;
  address: string | null;
  phone: string | null;
  email: string | null;
  version: number;
};

/** The create form (no `partner`) and the edit form (with it, and its version). */
export function PartnerForm({ action, committees, partner }: { action: Action; committees: Choice[]; partner?: PartnerFormValues }) {
  const t = useTranslations();
  const { state, formAction, pending, value } = useFormAction(action);
  const errors = state.fieldErrors;
  const initial = (name: keyof PartnerFormValues, fallback = "") => value(name, partner ? partner[name] : fallback);
  const required = { required: true, requiredLabel: t("common.required") };
  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      {state.formError ? <Alert tone="danger">{state.formError}</Alert> : null}
      {partner ? <input type="hidden" name="version" value={partner.version} /> : null}
      <Field id="name" label={t("partners.fields.name")} error={errors.name} {...required}>
        {(control) => <Input {...control} autoComplete="off" defaultValue={initial("name")} />}
      </Field>
      <Field id="shortName" label={t("committee.fields.shortName")} error={errors.shortName} {...required}>
        {(control) => <Input {...control} autoComplete="off" defaultValue={initial("shortName")} />}
      </Field>
      <Field id="kind" label={t("partners.fields.kind")} error={errors.kind} {...required}>
        {(control) => (
          <Select {...control} defaultValue={initial("kind")}>
            <option value="">{t("partners.chooseKind")}</option>
            {PARTNER_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`partners.kinds.${kind}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="committeeId" label={t("partners.fields.committee")} error={errors.committeeId} {...required}>
        {(control) => (
          <Select {...control} defaultValue={initial("committeeId", committees.length === 1 ? committees[0]!.id : "")}>
            {committees.length === 1 ? null : <option value="">{t("admin.chooseCommittee")}</option>}
            {committees.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="address" label={t("committee.fields.address")} error={errors.address}>
        {(control) => <Input {...control} autoComplete="off" defaultValue={initial("address")} />}
      </Field>
      <Field id="phone" label={t("committee.fields.phone")} error={errors.phone}>
        {(control) => <Input {...control} type="tel" autoComplete="off" defaultValue={initial("phone")} />}
      </Field>
      <Field id="email" label={t("auth.email")} error={errors.email}>
        {(control) => <Input {...control} type="email" autoComplete="off" defaultValue={initial("email")} />}
      </Field>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("common.submitting") : partner ? t("common.save") : t("partners.create")}
        </Button>
      </div>
    </form>
  );
}

/** Picks the duplicate to merge into the partner whose page this is. */
export function MergePartnerForm({ action, candidates, version }: { action: Action; candidates: Choice[]; version: number }) {
  const t = useTranslations();
  const { state, formAction, pending, value } = useFormAction(action);
  if (candidates.length === 0) return <p className="text-sm text-ink-700">{t("partners.merge.none")}</p>;
  return (
    <form action={formAction} noValidate className="flex flex-col gap-4">
      {state.formError ? <Alert tone="danger">{state.formError}</Alert> : null}
      <p className="text-sm text-ink-700">{t("partners.merge.lead")}</p>
      <input type="hidden" name="version" value={version} />
      <Field id="duplicateId" label={t("partners.merge.duplicate")} error={state.fieldErrors.duplicateId} required requiredLabel={t("common.required")}>
        {(control) => (
          <Select {...control} defaultValue={value("duplicateId", "")}>
            <option value="">{t("partners.merge.choose")}</option>
            {candidates.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <div>
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? t("common.submitting") : t("partners.merge.submit")}
        </Button>
      </div>
    </form>
  );
}
