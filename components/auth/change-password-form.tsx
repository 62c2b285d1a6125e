"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { useFormAction } from "@/components/forms/use-form-action";
import { changeOwnPasswordAction } from "@/lib/actions/account";
import { PASSWORD_MIN_LENGTH } from "@/lib/validation/user";

/** Messages: "account", "nav.account" and the "common" form words. */
export function ChangePasswordForm() {
  const t = useTranslations();
  const { state, formAction, pending } = useFormAction(changeOwnPasswordAction);
  const errors = state.fieldErrors;
  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      {state.formError ? <Alert tone="danger">{state.formError}</Alert> : null}
      <Field id="currentPassword" label={t("account.current")} error={errors.currentPassword} required requiredLabel={t("common.required")}>
        {(control) => <Input {...control} type="password" autoComplete="current-password" />}
      </Field>
      <Field id="password" label={t("account.new")} hint={t("account.rules", { min: PASSWORD_MIN_LENGTH })} error={errors.password} required requiredLabel={t("common.required")}>
        {(control) => <Input {...control} type="password" autoComplete="new-password" />}
      </Field>
      <Field id="confirm" label={t("account.confirm")} error={errors.confirm} required requiredLabel={t("common.required")}>
        {(control) => <Input {...control} type="password" autoComplete="new-password" />}
      </Field>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("common.submitting") : t("nav.account")}
        </Button>
      </div>
    </form>
  );
}
