"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { useFormAction } from "@/components/forms/use-form-action";
import type { FormState } from "@/lib/actions/form-state-shape";
import type { Messages } from "@/lib/i18n/messages";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;
type Committee = { id: string; name: string };
/** The admin section plus the labels it shares with other screens. */
export type UserFormLabels = Messages["admin"] & { email: string; role: string; committee: string; newPassword: string; ownRole: string };
type Labels = UserFormLabels;
type Common = Messages["common"];
const ROLES = ["STAFF", "LEADER", "EDITOR", "ADMIN"] as const;

function RoleAndCommittee({ labels, common, roles, committees, value, errors }: { labels: Labels; common: Common; roles: Messages["workspace"]["roles"]; committees: Committee[]; value: (name: string, fallback?: string | null) => string; errors: Record<string, string> }) {
  return (
    <>
      <Field id="role" label={labels.role} error={errors.role} required requiredLabel={common.required}>
        {(control) => (
          <Select {...control} defaultValue={value("role")}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {roles[role]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="committeeId" label={labels.committee} error={errors.committeeId} required requiredLabel={common.required}>
        {(control) => (
          <Select {...control} defaultValue={value("committeeId")}>
            <option value="">{labels.chooseCommittee}</option>
            {committees.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
    </>
  );
}

export function CreateUserForm({ action, labels, common, roles, committees }: { action: Action; labels: Labels; common: Common; roles: Messages["workspace"]["roles"]; committees: Committee[] }) {
  const { state, formAction, pending, value } = useFormAction(action);
  const errors = state.fieldErrors;
  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      {state.formError ? <Alert tone="danger">{state.formError}</Alert> : null}
      <Field id="email" label={labels.email} error={errors.email} required requiredLabel={common.required}>
        {(control) => <Input {...control} type="email" autoComplete="off" defaultValue={value("email", "")} />}
      </Field>
      <Field id="name" label={labels.fields.name} error={errors.name} required requiredLabel={common.required}>
        {(control) => <Input {...control} autoComplete="off" defaultValue={value("name", "")} />}
      </Field>
      <RoleAndCommittee labels={labels} common={common} roles={roles} committees={committees} value={(n) => value(n, n === "role" ? "STAFF" : "")} errors={errors} />
      <Field id="password" label={labels.fields.initialPassword} hint={labels.passwordHint} error={errors.password} required requiredLabel={common.required}>
        {(control) => <Input {...control} type="password" autoComplete="new-password" />}
      </Field>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? common.submitting : labels.create}
        </Button>
      </div>
    </form>
  );
}

type User = { id: string; email: string; name: string; role: string; version: number; disabledAt: Date | null; committee: Committee | null };

export function EditUserForm({ user, action, labels, common, roles, committees, isSelf }: { user: User; action: Action; labels: Labels; common: Common; roles: Messages["workspace"]["roles"]; committees: Committee[]; isSelf: boolean }) {
  const { state, formAction, pending, value } = useFormAction(action);
  const errors = state.fieldErrors;
  const initial: Record<string, string> = { name: user.name, role: user.role, committeeId: user.committee?.id ?? "" };
  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      {state.formError ? <Alert tone="danger">{state.formError}</Alert> : null}
      <input type="hidden" name="version" value={user.version} />
      <Field id="name" label={labels.fields.name} error={errors.name} required requiredLabel={common.required}>
        {(control) => <Input {...control} autoComplete="off" defaultValue={value("name", user.name)} />}
      </Field>
      <RoleAndCommittee labels={labels} common={common} roles={roles} committees={committees} value={(n) => value(n, initial[n])} errors={errors} />
      {isSelf ? <p className="text-sm text-ink-600">{labels.ownRole}</p> : null}
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? common.submitting : common.save}
        </Button>
      </div>
    </form>
  );
}

export function DisableUserForm({ user, action, labels, common }: { user: User; action: Action; labels: Labels; common: Common }) {
  const { state, formAction, pending } = useFormAction(action);
  const disabled = user.disabledAt !== null;
  return (
    <form action={formAction} className="flex flex-col gap-3">
      {state.formError ? <Alert tone="danger">{state.formError}</Alert> : null}
      <input type="hidden" name="version" value={user.version} />
      <input type="hidden" name="disabled" value={disabled ? "false" : "true"} />
      <p className="text-sm text-ink-700">{disabled ? labels.disabledNote : labels.enabledNote}</p>
      <div>
        <Button type="submit" variant={disabled ? "secondary" : "danger"} disabled={pending}>
          {pending ? common.submitting : disabled ? labels.enable : labels.disable}
        </Button>
      </div>
    </form>
  );
}

export function ResetPasswordForm({ user, action, labels, common }: { user: User; action: Action; labels: Labels; common: Common }) {
  const { state, formAction, pending } = useFormAction(action);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-4">
      {state.formError ? <Alert tone="danger">{state.formError}</Alert> : null}
      <input type="hidden" name="version" value={user.version} />
      <Field id="reset-password" name="password" label={labels.newPassword} hint={labels.passwordHint} error={state.fieldErrors.password} required requiredLabel={common.required}>
        {(control) => <Input {...control} type="password" autoComplete="new-password" />}
      </Field>
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? common.submitting : labels.resetPassword}
        </Button>
      </div>
    </form>
  );
}
