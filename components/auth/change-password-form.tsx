"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { useFormAction } from "@/components/forms/use-form-action";
import { changeOwnPasswordAction } from "@/lib/actions/account";
import type { Messages } from "@/lib/i18n/messages";

export function ChangePasswordForm({ labels, submitLabel, common, hint }: { labels: Messages["account"]; submitLabel: string; common: Messages["common"]; hint: string }) {
  const { state, formAction, pending } = useFormAction(changeOwnPasswordAction);
  const errors = state.fieldErrors;
  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      {state.formError ? <Alert tone="danger">{state.formError}</Alert> : null}
      <Field id="currentPassword" label={labels.current} error={errors.currentPassword} required requiredLabel={common.required}>
        {(control) => <Input {...control} type="password" autoComplete="current-password" />}
      </Field>
      <Field id="password" label={labels.new} hint={hint} error={errors.password} required requiredLabel={common.required}>
        {(control) => <Input {...control} type="password" autoComplete="new-password" />}
      </Field>
      <Field id="confirm" label={labels.confirm} error={errors.confirm} required requiredLabel={common.required}>
        {(control) => <Input {...control} type="password" autoComplete="new-password" />}
      </Field>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? common.submitting : submitLabel}
        </Button>
      </div>
    </form>
  );
}
