import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { HOME_AFTER_SIGN_IN } from "@/lib/auth/routes";
import { getViewer } from "@/lib/auth/viewer";
import { Emblem } from "./emblem";
import { LocaleSwitch } from "./locale-switch";
import { NavLink } from "./nav-link";
import { publicNav, publicPaths } from "./public-nav";
import { HeaderSearch } from "./search-box";

/** Header of the public site: name, language, sign-in (or workspace) link, the section menu and the search. */
export async function SiteHeader() {
  const [t, viewer] = await Promise.all([getTranslations(), getViewer()]);
  return (
    <header>
      <div className="bg-brand-800 bg-[radial-gradient(ellipse_at_top_left,var(--color-brand-600),transparent_60%)] text-white">
        <Container className="flex flex-wrap items-center justify-between gap-x-6 gap-y-3 py-4 sm:py-5">
          <Link href={publicPaths.home} className="group flex min-w-0 items-center gap-3">
            <Emblem className="size-11 sm:size-14" />
            <span className="min-w-0">
              <span className="block text-xl leading-tight font-bold tracking-tight uppercase sm:text-3xl">{t("site.name")}</span>
              <span className="block text-xs font-medium text-gold-200 sm:text-sm">{t("site.tagline")}</span>
            </span>
          </Link>
          <div className="flex items-center gap-3">
            <LocaleSwitch />
            <Link href={viewer ? HOME_AFTER_SIGN_IN : publicPaths.signIn} className={buttonClasses({ variant: "inverse", size: "sm" })}>
              <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden="true" className="size-4">
                <path d="M10 10a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm-7 8a7 7 0 0 1 14 0H3Z" />
              </svg>
              {viewer ? t("workspace.title") : t("nav.signIn")}
            </Link>
          </div>
        </Container>
      </div>
      <div className="h-1 bg-gold-400" />
      <nav aria-label={t("nav.mainLabel")} className="border-b border-ink-200 bg-white shadow-sm">
        <Container className="flex items-center justify-between gap-2">
          <ul className="-mx-3 flex min-w-0 flex-wrap sm:gap-1">
            {publicNav.map((item) => (
              <li key={item.href} className="shrink-0">
                <NavLink
                  href={item.href}
                  exact={"exact" in item ? item.exact : undefined}
                  className="relative inline-flex h-11 items-center px-3 text-sm font-semibold text-ink-700 hover:text-brand-700 data-active:text-brand-700 data-active:after:absolute data-active:after:inset-x-3 data-active:after:bottom-0 data-active:after:h-0.5 data-active:after:bg-brand-700 sm:h-12 sm:text-[0.8125rem] sm:tracking-wide sm:uppercase"
                >
                  {t(`nav.${item.key}`)}
                </NavLink>
              </li>
            ))}
          </ul>
          <HeaderSearch className="-mr-2 shrink-0 sm:mr-0" />
        </Container>
      </nav>
    </header>
  );
}
