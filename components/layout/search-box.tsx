import Form from "next/form";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cx } from "@/components/ui/cx";
import { SEARCH_QUERY_MAX } from "@/lib/validation/search-params";
import { publicPaths } from "./public-nav";

// The site search in the public header: a GET form to /tim-kiem (the query
// lands in the URL, so it works without JavaScript) from a small screen up,
// and on a phone a link to the search page, where the box has the width.

export function SearchIcon({ className = "size-5" }: { className?: string }) {
  return (
    <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden="true" className={className}>
      <path
        fillRule="evenodd"
        d="M9 3.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11ZM2 9a7 7 0 1 1 12.45 4.39l3.08 3.08a.75.75 0 1 1-1.06 1.06l-3.08-3.08A7 7 0 0 1 2 9Z"
        clipRule="evenodd"
      />
    </svg>
  );
}

/** The header's search: a box and button from `sm` up, an icon link on a phone. */
export async function HeaderSearch({ className }: { className?: string }) {
  const t = await getTranslations();
  return (
    <div className={cx("flex items-center", className)}>
      <Link
        href={publicPaths.search}
        className="inline-flex size-11 items-center justify-center rounded-md text-ink-700 hover:bg-ink-100 hover:text-brand-700 focus-visible:outline-2 focus-visible:outline-brand-700 sm:hidden"
      >
        <SearchIcon />
        <span className="sr-only">{t("nav.search")}</span>
      </Link>
      <Form action={publicPaths.search} role="search" aria-label={t("nav.search")} className="hidden items-center sm:flex">
        <label htmlFor="header-search" className="sr-only">
          {t("nav.search")}
        </label>
        <input
          id="header-search"
          type="search"
          name="q"
          maxLength={SEARCH_QUERY_MAX}
          placeholder={t("nav.search")}
          autoComplete="off"
          enterKeyHint="search"
          className="h-9 w-40 rounded-l-md border border-r-0 border-ink-300 bg-white px-3 text-sm text-ink-900 placeholder:text-ink-500 focus:border-brand-700 focus:outline-2 focus:-outline-offset-1 focus:outline-brand-700 lg:w-56"
        />
        <button
          type="submit"
          className="inline-flex h-9 w-10 items-center justify-center rounded-r-md bg-brand-700 text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
        >
          <SearchIcon className="size-4" />
          <span className="sr-only">{t("search.submit")}</span>
        </button>
      </Form>
    </div>
  );
}
