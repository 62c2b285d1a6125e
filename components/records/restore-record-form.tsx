"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useFormAction } from "@/components/forms/use-form-action";
import type { FormState } from "@/lib/actions/form-state-shape";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** One restore button per deleted record; a refusal (a locked period) shows beside it. */
export function RestoreRecordForm({ action, kind, id }: { action: Action; kind: string; id: string }) {
  const t = useTranslations("audit.actions");
  const { state, formAction, pending } = useFormAction(action);
  return (
    <form action={formAction} className="flex flex-col items-end gap-1">
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="secondary" size="sm" disabled={pending}>
        {t("restore")}
      </Button>
      {state.formError ? (
        <p role="alert" className="max-w-xs text-right text-sm text-danger-700">
          {state.formError}
        </p>
      ) : null}
    </form>
  );
}
