"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useFormAction } from "@/components/forms/use-form-action";
import type { FormState } from "@/lib/actions/form-state-shape";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** One click moves every listed user who has somewhere to go, as the page listed them ("id:version"). */
export function ConfirmUserMovesForm({ action, users }: { action: Action; users: { id: string; version: number }[] }) {
  const t = useTranslations();
  const { state, formAction, pending } = useFormAction(action);
  const error = state.formError ?? Object.values(state.fieldErrors)[0] ?? null;
  return (
    <form action={formAction} className="flex flex-col gap-3">
      {error ? <Alert tone="danger">{error}</Alert> : null}
      <input type="hidden" name="users" value={users.map((user) => `${user.id}:${user.version}`).join(",")} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("common.submitting") : t("accounts.moves.confirm", { count: users.length })}
        </Button>
      </div>
    </form>
  );
}
