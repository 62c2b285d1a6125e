import Link from "next/link";
import { useTranslations } from "next-intl";
import { cx } from "./cx";

/** Page numbers to show: first, last, and two around the current one; 0 marks a gap. */
export function pageWindow(page: number, pageCount: number): number[] {
  const wanted = new Set([1, pageCount, page - 2, page - 1, page, page + 1, page + 2]);
  const pages = [...wanted].filter((p) => p >= 1 && p <= pageCount).sort((a, b) => a - b);
  const out: number[] = [];
  for (const p of pages) {
    const last = out[out.length - 1];
    if (last !== undefined && p - last > 1) out.push(0);
    out.push(p);
  }
  return out;
}

const item = "inline-flex h-10 min-w-10 items-center justify-center rounded-md px-3 text-sm font-semibold";

/** Links to other pages of a list; the page lives in the URL, so it works without JavaScript. */
export function Pagination({
  page,
  pageCount,
  hrefFor,
  className,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  className?: string;
}) {
  const t = useTranslations("pagination");
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t("label")} className={cx("flex flex-col items-center gap-3 sm:flex-row sm:justify-between", className)}>
      <p className="text-sm text-ink-600">{t("status", { page, pages: pageCount })}</p>
      <ul className="flex flex-wrap items-center gap-1">
        <li>
          {page > 1 ? (
            <Link href={hrefFor(page - 1)} rel="prev" className={cx(item, "bg-white text-ink-700 ring-1 ring-ink-200 ring-inset hover:bg-ink-100")}>
              <span aria-hidden="true">‹</span>
              <span className="ml-1">{t("previous")}</span>
            </Link>
          ) : null}
        </li>
        {pageWindow(page, pageCount).map((p, index) =>
          p === 0 ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-ink-500">
              …
            </li>
          ) : (
            <li key={p} className="hidden sm:block">
              <Link
                href={hrefFor(p)}
                aria-label={t("page", { page: p })}
                aria-current={p === page ? "page" : undefined}
                className={cx(
                  item,
                  p === page ? "bg-brand-700 text-white" : "text-ink-700 ring-1 ring-ink-200 ring-inset hover:bg-ink-100",
                )}
              >
                {p}
              </Link>
            </li>
          ),
        )}
        <li>
          {page < pageCount ? (
            <Link href={hrefFor(page + 1)} rel="next" className={cx(item, "bg-white text-ink-700 ring-1 ring-ink-200 ring-inset hover:bg-ink-100")}>
              <span className="mr-1">{t("next")}</span>
              <span aria-hidden="true">›</span>
            </Link>
          ) : null}
        </li>
      </ul>
    </nav>
  );
}
