"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useFormAction } from "@/components/forms/use-form-action";
import type { FormState } from "@/lib/actions/form-state-shape";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** A leader erases the household's personal details, after confirming. Messages: houses.household, common. */
export function EraseHouseholdForm({ action, version }: { action: Action; version: number }) {
  const t = useTranslations("houses.household");
  const { state, formAction, pending } = useFormAction(action);
  return (
    <form
      action={formAction}
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        if (!window.confirm(t("eraseConfirm"))) event.preventDefault();
      }}
    >
      {state.formError ? <Alert tone="danger">{state.formError}</Alert> : null}
      <input type="hidden" name="version" value={version} />
      <div>
        <Button type="submit" variant="danger" disabled={pending}>
          {t("erase")}
        </Button>
      </div>
    </form>
  );
}
