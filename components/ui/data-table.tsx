import Link from "next/link";
import type { ReactNode } from "react";
import { cx } from "./cx";

// The table of every list: column headers that sort through the URL (links,
// so they work without JavaScript), an empty state and an optional totals
// row computed by the caller in SQL. It renders what it is given: labels come
// in as plain strings, so the component reads no catalog. On a phone the
// table scrolls inside its own box; the page never scrolls sideways.

export type SortDirection = "asc" | "desc";

export type DataTableColumn<Row> = {
  key: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** The URL's sort slug when the column is sortable (backed by an index). */
  sort?: string;
  align?: "start" | "end";
  /** Extra classes for the header and cells, e.g. a width or `whitespace-nowrap`. */
  className?: string;
};

export type DataTableTotals<Column extends string = string> = {
  label: string;
  /** Per column key; the first column's cell follows the label. */
  cells: Partial<Record<Column, ReactNode>>;
};

export type DataTableLabels = {
  /** Read after a sortable header, e.g. "sắp xếp tăng dần". */
  sortAscending: string;
  sortDescending: string;
};

export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  sort,
  sortHref,
  empty,
  totals,
  labels,
  className,
}: {
  /** Names the table for assistive technology (visually hidden). */
  caption: string;
  columns: readonly DataTableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  sort?: { slug: string; direction: SortDirection };
  /** The URL of the list sorted by `slug` in `direction` (position reset). */
  sortHref?: (slug: string, direction: SortDirection) => string;
  empty: ReactNode;
  totals?: DataTableTotals;
  labels: DataTableLabels;
  className?: string;
}) {
  const alignOf = (column: DataTableColumn<Row>) => (column.align === "end" ? "text-right" : "text-left");
  return (
    <div className={cx("relative max-w-full overflow-x-auto rounded-lg border border-ink-200 bg-white shadow-sm", className)}>
      <table className="w-full min-w-[36rem] text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-ink-50 text-ink-600">
          <tr>
            {columns.map((column) => {
              const active = column.sort !== undefined && sort?.slug === column.sort;
              const direction = active ? sort!.direction : undefined;
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={direction === "asc" ? "ascending" : direction === "desc" ? "descending" : undefined}
                  className={cx("px-3 py-2 font-semibold", alignOf(column), column.className)}
                >
                  {column.sort !== undefined && sortHref ? (
                    <Link
                      href={sortHref(column.sort, direction === "asc" ? "desc" : "asc")}
                      className="inline-flex items-center gap-1 rounded text-ink-700 hover:text-brand-800 hover:underline focus-visible:outline-2 focus-visible:outline-brand-700"
                    >
                      {column.header}
                      <SortMark direction={direction} />
                      {direction ? <span className="sr-only">({direction === "asc" ? labels.sortAscending : labels.sortDescending})</span> : null}
                    </Link>
                  ) : (
                    column.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="divide-y divide-ink-100">
          {rows.map((row) => (
            <tr key={rowKey(row)} className="align-top">
              {columns.map((column) => (
                <td key={column.key} className={cx("px-3 py-2", alignOf(column), column.className)}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="px-3 py-8 text-center text-ink-600">
                {empty}
              </td>
            </tr>
          ) : null}
        </tbody>
        {totals ? (
          <tfoot className="border-t-2 border-ink-200 bg-ink-50 font-semibold text-ink-800">
            <tr>
              {columns.map((column, index) => (
                <td key={column.key} className={cx("px-3 py-2 align-top", alignOf(column), column.className)}>
                  {index === 0 ? (
                    <>
                      <span>{totals.label}</span>
                      {totals.cells[column.key] !== undefined ? <div className="font-normal">{totals.cells[column.key]}</div> : null}
                    </>
                  ) : (
                    totals.cells[column.key]
                  )}
                </td>
              ))}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}

function SortMark({ direction }: { direction: SortDirection | undefined }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 12 12" className={cx("size-3", direction ? "text-brand-700" : "text-ink-400")}>
      {direction !== "desc" ? <path d="M6 2 9.5 5.5h-7z" fill="currentColor" opacity={direction === "asc" ? 1 : 0.6} /> : null}
      {direction !== "asc" ? <path d="M6 10 2.5 6.5h7z" fill="currentColor" opacity={direction === "desc" ? 1 : 0.6} /> : null}
    </svg>
  );
}

/** The table's shape while its rows load. */
export function DataTableSkeleton({ columns, rows = 8 }: { columns: number; rows?: number }) {
  return (
    <div aria-hidden="true" className="overflow-hidden rounded-lg border border-ink-200 bg-white shadow-sm">
      <div className="flex gap-4 bg-ink-50 px-3 py-3">
        {Array.from({ length: columns }, (_, i) => (
          <div key={i} className="h-3 flex-1 animate-pulse rounded bg-ink-200" />
        ))}
      </div>
      {Array.from({ length: rows }, (_, r) => (
        <div key={r} className="flex gap-4 border-t border-ink-100 px-3 py-3">
          {Array.from({ length: columns }, (_, i) => (
            <div key={i} className="h-3 flex-1 animate-pulse rounded bg-ink-100" />
          ))}
        </div>
      ))}
    </div>
  );
}
