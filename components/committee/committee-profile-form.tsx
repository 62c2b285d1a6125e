"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { useFormAction } from "@/components/forms/use-form-action";
import type { FormState } from "@/lib/actions/form-state-shape";

type Profile = {
  id: string;
  name: string;
  shortName: string;
  address: string | null;
  phone: string | null;
  email: string | null;
  headName: string | null;
  headTitle: string | null;
  editorsPublish: boolean;
  version: number;
  canRename: boolean;
  canSetEditorsPublish: boolean;
};

export function CommitteeProfileForm({
  profile,
  action,
}: {
  profile: Profile;
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
}) {
  // Messages: COMMITTEE_FORM_MESSAGES (./committee-form-messages).
  const t = useTranslations();
  const { state, formAction, pending, value } = useFormAction(action);
  const errors = state.fieldErrors;
  const fieldLabels = {
    name: t("committee.fields.name"),
    shortName: t("committee.fields.shortName"),
    address: t("committee.fields.address"),
    phone: t("committee.fields.phone"),
    email: t("auth.email"),
    headName: t("committee.fields.headName"),
    headTitle: t("committee.fields.headTitle"),
  };
  const text = (
    name: keyof Profile & keyof typeof fieldLabels,
    options: { required?: boolean; type?: string; autoComplete?: string; readOnly?: boolean; hint?: string } = {},
  ) => (
    <Field
      id={name}
      label={fieldLabels[name]}
      hint={options.hint}
      error={errors[name]}
      required={options.required}
      requiredLabel={t("common.required")}
    >
      {(control) => (
        <Input
          {...control}
          type={options.type ?? "text"}
          autoComplete={options.autoComplete ?? "off"}
          readOnly={options.readOnly}
          defaultValue={value(name, profile[name] as string | null)}
        />
      )}
    </Field>
  );

  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      {state.formError ? <Alert tone="danger">{state.formError}</Alert> : null}
      <input type="hidden" name="id" value={profile.id} />
      <input type="hidden" name="version" value={profile.version} />
      {text("name", { required: true, readOnly: !profile.canRename, hint: profile.canRename ? undefined : t("committee.renameByAdmin") })}
      {text("shortName", { required: true, readOnly: !profile.canRename })}
      {text("address", { autoComplete: "street-address" })}
      <div className="grid gap-5 sm:grid-cols-2">
        {text("phone", { type: "tel", autoComplete: "tel" })}
        {text("email", { type: "email", autoComplete: "email" })}
      </div>
      <div className="grid gap-5 sm:grid-cols-2">
        {text("headName")}
        {text("headTitle")}
      </div>
      {profile.canSetEditorsPublish ? (
        <div className="flex flex-col gap-1">
          <input type="hidden" name="editorsPublish" value="0" />
          <label className="flex items-center gap-2 text-sm font-semibold text-ink-800">
            <input
              type="checkbox"
              name="editorsPublish"
              value="1"
              defaultChecked={state.values.editorsPublish !== undefined ? state.values.editorsPublish === "1" : profile.editorsPublish}
              className="size-4 accent-brand-700"
            />
            {t("newsroom.editorsPublish")}
          </label>
        </div>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("common.submitting") : t("common.save")}
        </Button>
        <ButtonLink href={`/co-quan/${profile.id}`} variant="secondary">
          {t("common.cancel")}
        </ButtonLink>
      </div>
    </form>
  );
}
