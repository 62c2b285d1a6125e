import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "./button";
import { cx } from "./cx";

/**
 * The filter form of a list: a GET form, so filters land in the URL and work
 * without JavaScript. The sort is kept through a hidden field; the position
 * is dropped, since new filters start at the first page.
 */
export function ListFilters({
  children,
  keep,
  submitLabel,
  clearLabel,
  clearHref,
  wide = false,
  className,
}: {
  children: ReactNode;
  /** Hidden values carried along, e.g. the sort. */
  keep?: Record<string, string>;
  submitLabel: string;
  clearLabel: string;
  clearHref: string;
  /** Six columns on a large screen instead of four, for lists with many filters. */
  wide?: boolean;
  className?: string;
}) {
  return (
    <form role="search" className={cx("mb-4 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:items-end", wide ? "lg:grid-cols-6" : "lg:grid-cols-4", className)}>
      {Object.entries(keep ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <div className="col-span-full flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary">
          {submitLabel}
        </Button>
        <Link href={clearHref} className="text-sm font-semibold text-brand-800 hover:underline">
          {clearLabel}
        </Link>
      </div>
    </form>
  );
}

/** One labelled control of a ListFilters form. */
export function FilterField({ label, children, className }: { label: string; children: ReactNode; className?: string }) {
  return (
    <label className={cx("flex min-w-0 flex-col gap-1 text-sm font-semibold text-ink-800", className)}>
      {label}
      {children}
    </label>
  );
}
