import type { ReactNode } from "react";
import { buttonClasses } from "./button";
import { cx } from "./cx";

/** Above a table: how many rows the filters select and the downloads of exactly those rows. */
export function ListToolbar({ count, downloads, className }: { count: ReactNode; downloads: readonly { href: string; label: string }[]; className?: string }) {
  return (
    <div className={cx("mb-3 flex flex-wrap items-center justify-between gap-3", className)}>
      <p className="text-sm font-medium text-ink-700 tabular-nums">{count}</p>
      <div className="flex flex-wrap gap-2">
        {downloads.map((download) => (
          // A plain anchor: a file download, not a client-side navigation.
          <a key={download.href} href={download.href} download className={buttonClasses({ variant: "secondary", size: "sm" })}>
            <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.6">
              <path d="M8 2v8m0 0 3-3m-3 3L5 7M3 13h10" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
            {download.label}
          </a>
        ))}
      </div>
    </div>
  );
}
