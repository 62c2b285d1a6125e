"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { useFormAction } from "@/components/forms/use-form-action";
import type { FormState } from "@/lib/actions/form-state-shape";
import { PASSWORD_MIN_LENGTH } from "@/lib/validation/user";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;
type Committee = { id: string; name: string };
type Role = "ADMIN" | "LEADER" | "STAFF" | "EDITOR";
// Messages come from the provider the pages set up with USER_FORM_MESSAGES.

/** Role and committee (each select keyed by its value, so a reset after a refused submit keeps the choice): only the roles the viewer may give and the committees they keep accounts on. */
function RoleAndCommittee({
  committees,
  roles,
  value,
  errors,
}: {
  committees: Committee[];
  roles: readonly Role[];
  value: (name: string, fallback?: string | null) => string;
  errors: Record<string, string>;
}) {
  const t = useTranslations();
  return (
    <>
      <Field id="role" label={t("workspace.role")} error={errors.role} required requiredLabel={t("common.required")}>
        {(control) => (
          <Select {...control} key={value("role")} defaultValue={value("role")}>
            {roles.map((role) => (
              <option key={role} value={role}>
                {t(`workspace.roles.${role}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="committeeId" label={t("news.committee")} error={errors.committeeId} required requiredLabel={t("common.required")}>
        {(control) => (
          <Select {...control} key={value("committeeId")} defaultValue={value("committeeId")}>
            <option value="">{t("admin.chooseCommittee")}</option>
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

export function CreateUserForm({ action, committees, roles }: { action: Action; committees: Committee[]; roles: readonly Role[] }) {
  const t = useTranslations();
  const { state, formAction, pending, value } = useFormAction(action);
  const errors = state.fieldErrors;
  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      {state.formError ? <Alert tone="danger">{state.formError}</Alert> : null}
      <Field id="email" label={t("auth.email")} error={errors.email} required requiredLabel={t("common.required")}>
        {(control) => <Input {...control} type="email" autoComplete="off" defaultValue={value("email", "")} />}
      </Field>
      <Field id="name" label={t("admin.fields.name")} error={errors.name} required requiredLabel={t("common.required")}>
        {(control) => <Input {...control} autoComplete="off" defaultValue={value("name", "")} />}
      </Field>
      <RoleAndCommittee committees={committees} roles={roles} value={(n) => value(n, n === "role" ? "STAFF" : "")} errors={errors} />
      <Field id="password" label={t("admin.fields.initialPassword")} hint={t("admin.passwordHint", { min: PASSWORD_MIN_LENGTH })} error={errors.password} required requiredLabel={t("common.required")}>
        {(control) => <Input {...control} type="password" autoComplete="new-password" />}
      </Field>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("common.submitting") : t("admin.create")}
        </Button>
      </div>
    </form>
  );
}

type User = { id: string; email: string; name: string; role: string; version: number; disabledAt: Date | null; committee: Committee | null };

export function EditUserForm({ user, action, committees, roles, isSelf }: { user: User; action: Action; committees: Committee[]; roles: readonly Role[]; isSelf: boolean }) {
  const t = useTranslations();
  const { state, formAction, pending, value } = useFormAction(action);
  const errors = state.fieldErrors;
  const initial: Record<string, string> = { name: user.name, role: user.role, committeeId: user.committee?.id ?? "" };
  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      {state.formError ? <Alert tone="danger">{state.formError}</Alert> : null}
      <input type="hidden" name="version" value={user.version} />
      <Field id="name" label={t("admin.fields.name")} error={errors.name} required requiredLabel={t("common.required")}>
        {(control) => <Input {...control} autoComplete="off" defaultValue={value("name", user.name)} />}
      </Field>
      <RoleAndCommittee committees={committees} roles={roles} value={(n) => value(n, initial[n])} errors={errors} />
      {isSelf ? <p className="text-sm text-ink-600">{t("validation.ownRole")}</p> : null}
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("common.submitting") : t("common.save")}
        </Button>
      </div>
    </form>
  );
}

export function DisableUserForm({ user, action }: { user: User; action: Action }) {
  const t = useTranslations();
  const { state, formAction, pending } = useFormAction(action);
  const disabled = user.disabledAt !== null;
  return (
    <form action={formAction} className="flex flex-col gap-3">
      {state.formError ? <Alert tone="danger">{state.formError}</Alert> : null}
      <input type="hidden" name="version" value={user.version} />
      <input type="hidden" name="disabled" value={disabled ? "false" : "true"} />
      <p className="text-sm text-ink-700">{disabled ? t("admin.disabledNote") : t("admin.enabledNote")}</p>
      <div>
        <Button type="submit" variant={disabled ? "secondary" : "danger"} disabled={pending}>
          {pending ? t("common.submitting") : disabled ? t("admin.enable") : t("admin.disable")}
        </Button>
      </div>
    </form>
  );
}

/**
 * A reset makes a one-time password: shown here once, after the click, and
 * never again (it lives only in this form's state).
 */
export function ResetPasswordForm({ user, action }: { user: User; action: Action }) {
  const t = useTranslations();
  const { state, formAction, pending } = useFormAction(action);
  const shown = state.shownOnce?.password;
  return (
    <form action={formAction} noValidate className="flex flex-col gap-4">
      {state.formError ? <Alert tone="danger">{state.formError}</Alert> : null}
      {state.fieldErrors.password ? <Alert tone="danger">{state.fieldErrors.password}</Alert> : null}
      <input type="hidden" name="version" value={user.version} />
      {shown ? (
        <Alert tone="success" title={t("accounts.oneTimeTitle")}>
          <p className="my-2">
            <output aria-label={t("accounts.oneTimeTitle")} className="inline-block rounded-md border border-ink-300 bg-white px-3 py-2 font-mono text-lg font-semibold tracking-wider text-ink-900 select-all">
              {shown}
            </output>
          </p>
          <p>{t("accounts.oneTimeBody")}</p>
        </Alert>
      ) : (
        <p className="text-sm text-ink-700">{t("accounts.resetNote")}</p>
      )}
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? t("common.submitting") : t("admin.resetPassword")}
        </Button>
      </div>
    </form>
  );
}
