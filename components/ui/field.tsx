import type { ComponentProps, ReactNode } from "react";
import { cx } from "./cx";

/** The ids a form control needs so its label, hint and error are read with it. */
export type ControlProps = {
  id: string;
  name: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  required?: boolean;
};

export function hintId(id: string) {
  return `${id}-hint`;
}

export function errorId(id: string) {
  return `${id}-error`;
}

/**
 * The error of one field, next to it. The live region is always present so a
 * message that appears after a submit is announced.
 */
export function FieldError({ id, messages }: { id: string; messages?: readonly string[] | string | null }) {
  const list = messages == null ? [] : typeof messages === "string" ? [messages] : messages;
  return (
    <p id={errorId(id)} aria-live="polite" className={cx("text-sm font-medium text-danger-700", list.length === 0 && "sr-only")}>
      {list.join(" ")}
    </p>
  );
}

/**
 * A labelled form field: label, optional hint, the control and its error.
 * The control is rendered by `children` with the wiring it must spread:
 *
 *   <Field id="email" name="email" label={m.auth.email} error={state.fieldErrors.email}>
 *     {(control) => <Input type="email" {...control} defaultValue={state.values.email} />}
 *   </Field>
 */
export function Field({
  id,
  name,
  label,
  hint,
  error,
  required,
  requiredLabel,
  className,
  children,
}: {
  id: string;
  name?: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: readonly string[] | string | null;
  required?: boolean;
  /** Spoken and shown after the label of a required field, e.g. "bắt buộc". */
  requiredLabel?: string;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const hasError = error != null && error.length > 0;
  const describedBy = [hint ? hintId(id) : null, errorId(id)].filter(Boolean).join(" ");
  return (
    <div className={cx("flex flex-col gap-1.5", className)}>
      <label htmlFor={id} className="text-sm font-semibold text-ink-800">
        {label}
        {required && requiredLabel ? (
          <span className="ml-1 font-normal text-brand-700">
            <span aria-hidden="true">*</span>
            <span className="sr-only">({requiredLabel})</span>
          </span>
        ) : null}
      </label>
      {hint ? (
        <p id={hintId(id)} className="text-sm text-ink-600">
          {hint}
        </p>
      ) : null}
      {children({
        id,
        name: name ?? id,
        "aria-describedby": describedBy,
        ...(hasError ? { "aria-invalid": true as const } : {}),
        ...(required ? { required: true } : {}),
      })}
      <FieldError id={id} messages={error} />
    </div>
  );
}

// Only for text controls: a <select> also matches :read-only.
const readOnlyText = "read-only:bg-ink-50 read-only:text-ink-600";

const control =
  "block w-full rounded-md border border-ink-300 bg-white px-3 text-base text-ink-900 shadow-sm placeholder:text-ink-400 focus:border-brand-600 focus:outline-2 focus:outline-offset-0 focus:outline-brand-600/30 disabled:bg-ink-100 disabled:text-ink-500 aria-invalid:border-danger-700 aria-invalid:focus:outline-danger-700/30 sm:text-sm";

export function Input({ className, ...props }: ComponentProps<"input">) {
  return <input className={cx(control, readOnlyText, "h-10", className)} {...props} />;
}

export function Textarea({ className, rows = 5, ...props }: ComponentProps<"textarea">) {
  return <textarea rows={rows} className={cx(control, readOnlyText, "py-2 leading-relaxed", className)} {...props} />;
}

/**
 * React resets a form after its action answers, and a <select> resets to the
 * option that was its default when it mounted. Keyed by its default, the
 * select mounts afresh whenever the server hands back what was chosen, so a
 * refused submit keeps the choice.
 */
export function Select({ className, ...props }: ComponentProps<"select">) {
  return <select key={props.defaultValue === undefined ? undefined : String(props.defaultValue)} className={cx(control, "h-10 pr-8", className)} {...props} />;
}
