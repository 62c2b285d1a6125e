import type { useTranslations } from "next-intl";
import { POSITION_KEYS } from "@/lib/validation/list";

// URLs and texts of a list page, from its parsed search params: sort links,
// position links (page number + cursor), downloads and the count line.

type Params = Record<string, string | number | undefined>;

/** `path?…` with the params that have a value; `change` overrides, `undefined` removes. */
export function listHref(path: string, params: Params, change: Params = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...params, ...change })) {
    if (value !== undefined && value !== "") query.set(key, String(value));
  }
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

/** The params without the position: filters and sort. */
export function withoutPosition(params: Params): Params {
  const out: Params = { ...params };
  for (const key of POSITION_KEYS) delete out[key];
  return out;
}

/** The params as the default page would have them: page 1 and the default sort dropped to keep URLs short. */
function filtersAndSort(params: Params, defaultSort: string): Params {
  const out = withoutPosition(params);
  if (out.sap_xep === defaultSort) delete out.sap_xep;
  return out;
}

export type PageState = { page: number; hasPrevious: boolean; hasNext: boolean; firstCursor: string | null; lastCursor: string | null };

export function sortHrefFor(path: string, params: Params, defaultSort: string) {
  return (slug: string, direction: "asc" | "desc") => listHref(path, filtersAndSort({ ...params, sap_xep: direction === "asc" ? slug : `-${slug}` }, defaultSort));
}

/** First, previous, next and last: each carries the page number and, past the first, a cursor. */
export function paginationLinks(path: string, params: Params, defaultSort: string, state: PageState, pageCount: number | null) {
  const base = filtersAndSort(params, defaultSort);
  const first = listHref(path, base);
  const previousPage = state.page - 1;
  return {
    first: state.hasPrevious ? first : null,
    previous: state.hasPrevious && state.firstCursor ? (previousPage === 1 ? first : listHref(path, base, { trang: previousPage, truoc: state.firstCursor })) : null,
    next: state.hasNext && state.lastCursor ? listHref(path, base, { trang: state.page + 1, sau: state.lastCursor }) : null,
    last: state.hasNext ? listHref(path, base, { trang: pageCount ?? -1, cuoi: "1" }) : null,
  };
}

/** The catalog's translators of one section (getTranslations("pagination") on the server). */
type PaginationT = ReturnType<typeof useTranslations<"pagination">>;
type ListT = ReturnType<typeof useTranslations<"list">>;

/** "Trang 3 / 9"; "Trang cuối" or "Trang thứ 4 tính từ cuối" while a page is counted from the end. */
export function pageStatus(page: number, pageCount: number | null, t: PaginationT): string {
  if (pageCount !== null) return t("status", { page, pages: pageCount });
  if (page === -1) return t("last");
  if (page < 0) return t("fromEnd", { page: -page });
  return t("page", { page });
}

/** "12 kết quả", or "Hơn 10.000 kết quả" when the count stopped at its cap. */
export function countText(count: { count: number; capped: boolean }, t: ListT): string {
  return count.capped ? t("moreResults", { count: count.count }) : t("results", { count: count.count });
}

/** The download URLs: the same filters and sort, no position, and the format. */
export function downloadHrefs(apiPath: string, params: Params, labels: { downloadExcel: string; downloadCsv: string }) {
  const base = withoutPosition(params);
  return [
    { href: listHref(apiPath, base, { dinh_dang: "xlsx" }), label: labels.downloadExcel },
    { href: listHref(apiPath, base, { dinh_dang: "csv" }), label: labels.downloadCsv },
  ];
}
