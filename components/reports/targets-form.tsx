"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { useFormAction } from "@/components/forms/use-form-action";
import type { FormState } from "@/lib/actions/form-state-shape";
import { targetField, targetVersionField } from "@/lib/validation/targets";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** One committee's block of the form; texts formatted on the server. */
export type TargetsFormCommittee = {
  id: string;
  name: string;
  canSet: boolean;
  cells: { indicatorId: string; label: string; value: string; version: number | null; shown: string; warning: string | null }[];
};

/** Targets of the committee and the committees below it for one period. */
export function TargetsForm({ action, ban, ky, committees }: { action: Action; ban: string; ky: string; committees: TargetsFormCommittee[] }) {
  const t = useTranslations();
  const { state, formAction, pending, value } = useFormAction(action);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-6">
      {state.formError ? <Alert tone="danger">{state.formError}</Alert> : null}
      <input type="hidden" name="ban" value={ban} />
      <input type="hidden" name="ky" value={ky} />
      {committees.map((committee, index) => (
        <fieldset key={committee.id} className="rounded-lg border border-ink-200 bg-white p-4 shadow-sm sm:p-5" data-committee={committee.name}>
          <legend className="px-1 font-semibold text-ink-900">{committee.name}</legend>
          <div className={index === 0 ? "grid gap-4 sm:grid-cols-2" : "grid gap-4 sm:grid-cols-2 lg:grid-cols-3"}>
            {committee.cells.map((cell) => {
              const id = targetField(committee.id, cell.indicatorId);
              if (!committee.canSet) {
                return (
                  <div key={id} className="text-sm">
                    <p className="font-medium text-ink-800">{cell.label}</p>
                    <p className="text-ink-700 tabular-nums">{cell.shown}</p>
                  </div>
                );
              }
              return (
                <div key={id}>
                  {cell.version !== null ? <input type="hidden" name={targetVersionField(committee.id, cell.indicatorId)} value={cell.version} /> : null}
                  <Field id={id} label={cell.label} error={state.fieldErrors[id]} hint={cell.warning ?? undefined}>
                    {(control) => <Input {...control} inputMode="decimal" autoComplete="off" defaultValue={value(id, cell.value)} />}
                  </Field>
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
      {committees.some((committee) => committee.canSet) ? (
        <div>
          <Button type="submit" disabled={pending}>
            {pending ? t("common.submitting") : t("targets.save")}
          </Button>
        </div>
      ) : null}
    </form>
  );
}

/** Copies last period's targets where this period has none. */
export function CopyTargetsForm({ action, ban, ky }: { action: Action; ban: string; ky: string }) {
  const t = useTranslations("targets");
  const { state, formAction, pending } = useFormAction(action);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      {state.formError ? <Alert tone="danger">{state.formError}</Alert> : null}
      <input type="hidden" name="ban" value={ban} />
      <input type="hidden" name="ky" value={ky} />
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {t("copy")}
        </Button>
      </div>
    </form>
  );
}
