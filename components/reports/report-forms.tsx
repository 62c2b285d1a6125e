"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { useFormAction } from "@/components/forms/use-form-action";
import type { FormState } from "@/lib/actions/form-state-shape";
import { explanationField, REPORT_LIMITS, REPORT_SECTIONS, type ReportSection } from "@/lib/validation/report";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** One indicator of the report as the form shows it (texts already formatted on the server). */
export type ReportFormFigure = { indicatorId: string; name: string; summary: string; below: boolean; explanation: string | null };

export type ReportFormValues = Record<ReportSection, string> & { documentNumber: number | null; documentSymbol: string; version: number };

/** Starts the report of the page's committee and period. */
export function CreateReportForm({ action, committeeId, ky }: { action: Action; committeeId: string; ky: string }) {
  const t = useTranslations("reports");
  const { state, formAction, pending } = useFormAction(action);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      {state.formError ? <Alert tone="danger">{state.formError}</Alert> : null}
      <input type="hidden" name="committeeId" value={committeeId} />
      <input type="hidden" name="ky" value={ky} />
      <div>
        <Button type="submit" disabled={pending}>
          {t("create")}
        </Button>
      </div>
    </form>
  );
}

/** The report's number, narrative and explanations; saved as a draft or submitted. */
export function ReportForm({ action, report, figures }: { action: Action; report: ReportFormValues; figures: ReportFormFigure[] }) {
  const t = useTranslations();
  const { state, formAction, pending, value } = useFormAction(action);
  const errors = state.fieldErrors;
  return (
    <form action={formAction} noValidate className="flex flex-col gap-6">
      {state.formError ? <Alert tone="danger">{state.formError}</Alert> : null}
      <input type="hidden" name="version" value={report.version} />
      <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
        <Field id="documentNumber" label={t("agreements.fields.number")} hint={t("reports.hints.documentNumber")} error={errors.documentNumber}>
          {(control) => <Input {...control} inputMode="numeric" autoComplete="off" defaultValue={value("documentNumber", report.documentNumber)} />}
        </Field>
        <Field id="documentSymbol" label={t("reports.fields.documentSymbol")} error={errors.documentSymbol} required requiredLabel={t("common.required")}>
          {(control) => <Input {...control} autoComplete="off" maxLength={REPORT_LIMITS.symbol} defaultValue={value("documentSymbol", report.documentSymbol)} />}
        </Field>
      </div>

      <section aria-labelledby="report-figures" className="flex flex-col gap-3">
        <h2 id="report-figures" className="text-lg font-semibold text-ink-900">
          {t("reports.figures")}
        </h2>
        <p className="text-sm text-ink-600">{t("reports.liveNote")}</p>
        <ul className="flex flex-col gap-3">
          {figures.map((figure) => {
            const id = explanationField(figure.indicatorId);
            return (
              <li key={figure.indicatorId} className="rounded-md border border-ink-200 p-3" data-indicator-row={figure.name}>
                <p className="font-medium text-ink-900">{figure.name}</p>
                <p className="text-sm text-ink-700 tabular-nums">{figure.summary}</p>
                {figure.below || figure.explanation || errors[id] ? (
                  <Field id={id} label={`${t("reports.fields.explanation")}: ${figure.name}`} hint={t("reports.hints.explanation")} error={errors[id]} required={figure.below} requiredLabel={t("common.required")} className="mt-2">
                    {(control) => <Textarea {...control} rows={2} maxLength={REPORT_LIMITS.explanation} defaultValue={value(id, figure.explanation)} />}
                  </Field>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>

      {REPORT_SECTIONS.map((section) => (
        <Field key={section} id={section} label={t(`reports.fields.${section}`)} error={errors[section]}>
          {(control) => <Textarea {...control} rows={6} maxLength={REPORT_LIMITS.section} defaultValue={value(section, report[section])} />}
        </Field>
      ))}

      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="intent" value="save" variant="secondary" disabled={pending}>
          {pending ? t("common.submitting") : t("reports.save")}
        </Button>
        <Button type="submit" name="intent" value="submit" disabled={pending}>
          {t("reports.submit")}
        </Button>
      </div>
    </form>
  );
}

/** Approving a submitted report (it locks the period). */
export function ApproveReportForm({ action, version }: { action: Action; version: number }) {
  const t = useTranslations("reports");
  const { state, formAction, pending } = useFormAction(action);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      {state.formError ? <Alert tone="danger">{state.formError}</Alert> : null}
      <input type="hidden" name="version" value={version} />
      <p className="text-sm text-ink-700">{t("approveNote")}</p>
      <div>
        <Button type="submit" disabled={pending}>
          {t("approve")}
        </Button>
      </div>
    </form>
  );
}

/** Returning a submitted report, or reopening an approved one: with a reason. */
export function ReturnReportForm({ action, version, reopen }: { action: Action; version: number; reopen: boolean }) {
  const t = useTranslations();
  const { state, formAction, pending, value } = useFormAction(action);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-3">
      {state.formError && !state.fieldErrors.reason ? <Alert tone="danger">{state.formError}</Alert> : null}
      <input type="hidden" name="version" value={version} />
      <Field id="reason" label={t("reports.fields.reason")} error={state.fieldErrors.reason} required requiredLabel={t("common.required")}>
        {(control) => <Textarea {...control} rows={2} maxLength={REPORT_LIMITS.reason} defaultValue={value("reason", "")} />}
      </Field>
      <div>
        <Button type="submit" variant="danger" disabled={pending}>
          {reopen ? t("reports.reopenSubmit") : t("reports.returnSubmit")}
        </Button>
      </div>
    </form>
  );
}
