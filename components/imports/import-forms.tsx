"use client";

import { useTranslations } from "next-intl";
import { useFormAction } from "@/components/forms/use-form-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { cx } from "@/components/ui/cx";
import type { FormState } from "@/lib/actions/form-state-shape";

// The two forms of every Excel import (lib/import): upload a filled-in
// template, and "Ghi tất cả" once the preview shows no error. Messages come
// from IMPORT_FORM_MESSAGES.

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

const XLSX_TYPES = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Picks the .xlsx file and sends it; a file that cannot be read answers under the field. */
export function ImportUploadForm({ action, again = false }: { action: Action; again?: boolean }) {
  const t = useTranslations();
  const { state, formAction, pending } = useFormAction(action);
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <Field id="file" label={t("imports.file")} error={state.fieldErrors.file} required requiredLabel={t("common.required")}>
        {(control) => (
          <input
            {...control}
            type="file"
            accept={XLSX_TYPES}
            className={cx(
              "block w-full rounded-md border border-ink-300 bg-white text-sm text-ink-800 file:mr-3 file:h-10 file:border-0 file:border-r file:border-ink-300 file:bg-ink-50 file:px-3 file:font-semibold file:text-ink-800 hover:file:bg-ink-100",
              state.fieldErrors.file && "border-danger-700",
            )}
          />
        )}
      </Field>
      <div>
        <Button type="submit" variant={again ? "secondary" : "primary"} disabled={pending} className="w-full sm:w-auto">
          {pending ? t("common.submitting") : again ? t("imports.uploadFixed") : t("imports.upload")}
        </Button>
      </div>
    </form>
  );
}

/** Writes every row of a checked batch in one go. */
export function ImportCommitForm({ action }: { action: Action }) {
  const t = useTranslations("imports");
  const { state, formAction, pending } = useFormAction(action);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      {state.formError ? <Alert tone="danger">{state.formError}</Alert> : null}
      <div>
        <Button type="submit" size="lg" disabled={pending} className="w-full sm:w-auto">
          {pending ? t("committing") : t("commit")}
        </Button>
      </div>
    </form>
  );
}
