import "server-only";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ZodError, ZodType } from "zod";
import { NotFoundError, PeriodLockedError, RuleViolation, StaleRecordError } from "@/lib/data/errors";
import { getFormat } from "@/lib/i18n/server";
import { messageText } from "@/lib/i18n/message-key";
import { recordId } from "@/lib/validation/fields";

import type { FormState } from "./form-state-shape";

export { emptyFormState, type FormState } from "./form-state-shape";

/**
 * A checkbox group posts one entry per ticked box: joined with commas into
 * one value, so the schema reads the list and a refused form gives the ticks back.
 */
export function joinCheckboxLists(formData: FormData, fields: readonly string[]): FormData {
  const joined = new FormData();
  for (const [key, value] of formData.entries()) if (!fields.includes(key)) joined.append(key, value);
  for (const key of fields) joined.set(key, formData.getAll(key).filter((value): value is string => typeof value === "string").join(","));
  return joined;
}

/** An id bound to an action (`action.bind(null, id)`) comes from the request like any other input: a malformed one is a 404. */
export function boundRecordId(value: unknown): string {
  const parsed = recordId.safeParse(value);
  if (!parsed.success) notFound();
  return parsed.data;
}

// Never echo secrets back into the page.
const SECRET_FIELDS = new Set(["password", "currentPassword", "confirm"]);

function submittedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION") && !SECRET_FIELDS.has(key)) values[key] = value;
  }
  return values;
}

function formInput(formData: FormData): Record<string, string> {
  const input: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string" && !key.startsWith("$ACTION")) input[key] = value;
  return input;
}

/** The bounds a message may name ("at least {min} characters"). */
function issueValues(issue: ZodError["issues"][number]): Record<string, number> {
  if (issue.code === "too_small") return { min: Number(issue.minimum) };
  if (issue.code === "too_big") return { max: Number(issue.maximum) };
  return {};
}

/** The zod issues of a refused input, translated, first message per field. */
async function invalidInput(error: ZodError, formData: FormData): Promise<FormState> {
  const t = await getTranslations();
  const fieldErrors: Record<string, string> = {};
  let formError: string | null = null;
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".");
    const text = messageText(t, issue.message, "validation.invalid", issueValues(issue));
    if (!field) formError ??= text;
    else fieldErrors[field] ??= text;
  }
  return { fieldErrors, formError: formError ?? t("common.formHasErrors"), values: submittedValues(formData) };
}

/** "Tháng 3/2025 của Ban … đã khóa: báo cáo được … duyệt ngày …; lãnh đạo … hoặc cấp trên mở lại được." */
export async function periodLockedText({ report }: PeriodLockedError): Promise<string> {
  const [t, format] = await Promise.all([getTranslations(), getFormat()]);
  return t("validation.periodLocked", {
    period: t("periods.label", report.period),
    committee: report.committeeName,
    approver: report.approvedBy ?? t("audit.anonymous"),
    approvedOn: report.approvedAt ? format.date(report.approvedAt) : "",
  });
}

/**
 * Turns the data layer's refusals into a form answer. A record the viewer may
 * not see answers 404, like one that does not exist; anything else is a bug
 * and propagates to the error page.
 */
async function refused(error: unknown, formData: FormData): Promise<FormState> {
  if (error instanceof NotFoundError) notFound();
  const t = await getTranslations();
  const values = submittedValues(formData);
  if (error instanceof StaleRecordError) {
    if (!error.changedBy) return { fieldErrors: {}, formError: t("validation.stale"), values };
    const format = await getFormat();
    return { fieldErrors: {}, formError: t("validation.staleBy", { name: error.changedBy.name, at: format.dateTime(error.changedBy.at) }), values };
  }
  if (error instanceof PeriodLockedError) {
    const text = await periodLockedText(error);
    return error.field
      ? { fieldErrors: { [error.field]: text }, formError: t("common.formHasErrors"), values }
      : { fieldErrors: {}, formError: text, values };
  }
  if (error instanceof RuleViolation) {
    const text = messageText(t, error.code, "validation.invalid");
    return error.field
      ? { fieldErrors: { [error.field]: text }, formError: t("common.formHasErrors"), values }
      : { fieldErrors: {}, formError: text, values };
  }
  throw error;
}

/**
 * The common middle of every action: parse the form with its schema, run the
 * write, and turn refusals into a FormState. The caller revalidates and
 * redirects on success (outside any try/catch, as Next requires).
 */
export async function submitForm<T, R>(
  formData: FormData,
  schema: ZodType<T>,
  write: (input: T) => Promise<R>,
  extra: Record<string, string> = {},
): Promise<{ ok: true; input: T; result: R } | { ok: false; state: FormState }> {
  const parsed = schema.safeParse({ ...formInput(formData), ...extra });
  if (!parsed.success) return { ok: false, state: await invalidInput(parsed.error, formData) };
  try {
    return { ok: true, input: parsed.data, result: await write(parsed.data) };
  } catch (error) {
    return { ok: false, state: await refused(error, formData) };
  }
}
