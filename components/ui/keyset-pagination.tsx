import Link from "next/link";
import type { ReactNode } from "react";
import { cx } from "./cx";

export type KeysetPaginationLabels = {
  /** The navigation landmark's name, e.g. "Phân trang". */
  label: string;
  first: string;
  previous: string;
  next: string;
  last: string;
};

export type KeysetPaginationLinks = {
  first: string | null;
  previous: string | null;
  next: string | null;
  last: string | null;
};

const item = "inline-flex h-10 items-center justify-center rounded-md px-3 text-sm font-semibold ring-1 ring-inset";

/**
 * First, previous, next and last links of a keyset-paged list. The caller
 * builds the URLs (each carries the page number and the cursor) and the
 * status text ("Trang 3 / 12"); a missing link shows as a disabled label.
 */
export function KeysetPagination({ links, status, labels, className }: { links: KeysetPaginationLinks; status: ReactNode; labels: KeysetPaginationLabels; className?: string }) {
  const entries = [
    ["first", links.first, labels.first, "«", undefined],
    ["previous", links.previous, labels.previous, "‹", "prev"],
    ["next", links.next, labels.next, "›", "next"],
    ["last", links.last, labels.last, "»", undefined],
  ] as const;
  return (
    <nav aria-label={labels.label} className={cx("flex flex-col items-center gap-3 sm:flex-row sm:justify-between", className)}>
      <p className="text-sm text-ink-600 tabular-nums" aria-live="polite">
        {status}
      </p>
      {/* One page: only the status, no dead links. */}
      {Object.values(links).every((href) => href === null) ? null : (
        <ul className="flex flex-wrap items-center justify-center gap-1">
          {entries.map(([key, href, text, mark, rel]) => (
            <li key={key}>
              {href ? (
                <Link href={href} rel={rel} className={cx(item, "bg-white text-ink-700 ring-ink-200 hover:bg-ink-100")}>
                  {key === "next" || key === "last" ? null : <span aria-hidden="true" className="mr-1">{mark}</span>}
                  {text}
                  {key === "next" || key === "last" ? <span aria-hidden="true" className="ml-1">{mark}</span> : null}
                </Link>
              ) : (
                <span aria-disabled="true" className={cx(item, "cursor-not-allowed text-ink-400 ring-ink-100")}>
                  {text}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
