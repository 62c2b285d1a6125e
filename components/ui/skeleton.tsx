import type { ComponentProps } from "react";
import { cx } from "./cx";

/** A grey placeholder block while content loads; hidden from assistive technology. */
export function Skeleton({ className, ...props }: ComponentProps<"div">) {
  return <div aria-hidden="true" className={cx("animate-pulse rounded bg-ink-200/80", className)} {...props} />;
}
