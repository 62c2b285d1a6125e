import type { ReactNode } from "react";
import { cx } from "./cx";

export type AlertTone = "info" | "success" | "warning" | "danger";

const tones: Record<AlertTone, string> = {
  info: "border-info-700/30 bg-info-50 text-info-700",
  success: "border-success-700/30 bg-success-50 text-success-700",
  warning: "border-warning-700/30 bg-warning-50 text-warning-700",
  danger: "border-danger-700/30 bg-danger-50 text-danger-700",
};

/**
 * A message box. `danger` and `warning` are announced at once (role="alert");
 * the others politely (role="status").
 */
export function Alert({
  tone = "info",
  title,
  children,
  className,
  id,
}: {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
  id?: string;
}) {
  return (
    <div
      id={id}
      role={tone === "danger" || tone === "warning" ? "alert" : "status"}
      className={cx("rounded-md border-l-4 border px-4 py-3 text-sm", tones[tone], className)}
    >
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? <div className={cx(title ? "mt-1" : undefined, "text-ink-800")}>{children}</div> : null}
    </div>
  );
}
