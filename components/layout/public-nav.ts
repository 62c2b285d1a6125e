import type { Messages } from "next-intl";
import { SIGN_IN_PATH } from "@/lib/auth/routes";

/** The text of a menu item: `nav.<key>` of the catalog. */
export type NavLabel = (key: keyof Messages["nav"]) => string;

/** Addresses of the public site. */
export const publicPaths = {
  home: "/",
  news: "/tin-tuc",
  figures: "/so-lieu",
  search: "/tim-kiem",
  signIn: SIGN_IN_PATH,
} as const;

/** Sections of the public site, in menu order; each label is `nav[key]`. */
export const publicNav = [
  { key: "home", href: publicPaths.home, exact: true },
  { key: "news", href: publicPaths.news },
  { key: "figures", href: publicPaths.figures },
] as const satisfies readonly { key: keyof Messages["nav"]; href: string; exact?: boolean }[];

export function newsArticlePath(slug: string): string {
  return `${publicPaths.news}/${encodeURIComponent(slug)}`;
}

/** The news list's filters: a topic's slug, a committee's slug (its reach). */
export type NewsFilters = { chuyen_muc?: string | undefined; don_vi?: string | undefined };

/** The news list at `page` (page 1 has no query string), filtered. */
export function newsPagePath(page: number, filters: NewsFilters = {}): string {
  const query = new URLSearchParams();
  if (filters.chuyen_muc) query.set("chuyen_muc", filters.chuyen_muc);
  if (filters.don_vi) query.set("don_vi", filters.don_vi);
  if (page > 1) query.set("trang", String(page));
  const text = query.toString();
  return text ? `${publicPaths.news}?${text}` : publicPaths.news;
}

/** The public figures of a committee (the country's without one) for a year (the latest with records without one). */
export function figuresPath(committeeSlug?: string, year?: number): string {
  const query = new URLSearchParams();
  if (committeeSlug) query.set("don_vi", committeeSlug);
  if (year !== undefined) query.set("nam", String(year));
  const text = query.toString();
  return text ? `${publicPaths.figures}?${text}` : publicPaths.figures;
}

/** A campaign's public page. */
export function campaignPublicPath(slug: string): string {
  return `/phong-trao/${encodeURIComponent(slug)}`;
}

/** A committee's public page; an ended committee's slug leads to its primary successor's. */
export function committeePublicPath(slug: string): string {
  return `/don-vi/${encodeURIComponent(slug)}`;
}

/** The search page for a query (no query: the empty search page). */
export function searchPath(query?: string): string {
  return query ? `${publicPaths.search}?${new URLSearchParams({ q: query })}` : publicPaths.search;
}
