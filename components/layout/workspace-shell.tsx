import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { cx } from "@/components/ui/cx";
import { Emblem } from "./emblem";
import { LocaleSwitch } from "./locale-switch";
import { NavLink } from "./nav-link";
import { publicPaths } from "./public-nav";
import { MAIN_CONTENT_ID } from "./skip-link";
import { WorkspaceIcon, type WorkspaceIconName } from "./workspace-icons";
import { WorkspaceMobileMenu } from "./workspace-mobile-menu";

export type WorkspaceNavItem = {
  href: string;
  /** Already translated, e.g. `t("nav.dashboard")`. */
  label: string;
  icon?: WorkspaceIconName;
  /** Only this exact path marks the item current (default: the path and below). */
  exact?: boolean;
  /** A small count shown after the label (e.g. reports waiting for approval). */
  count?: number;
};

export type WorkspaceShellProps = {
  /** The signed-in person's name. */
  viewerName: string;
  /** Translated role, e.g. `t(`workspace.roles.${viewer.role}`)`. */
  roleLabel: string;
  /** Menu items the viewer may open, in order. */
  navItems: readonly WorkspaceNavItem[];
  /** The viewer's committee, shown under the name. */
  committeeName?: string;
  /** Controls at the foot of the menu, typically the sign-out form. */
  actions?: ReactNode;
  children: ReactNode;
};

const linkClass =
  "group flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium text-ink-700 hover:bg-ink-100 hover:text-ink-900 data-active:bg-brand-50 data-active:font-semibold data-active:text-brand-800";

function NavList({ items }: { items: readonly WorkspaceNavItem[] }) {
  return (
    <ul className="space-y-0.5">
      {items.map((item) => (
        <li key={item.href}>
          <NavLink href={item.href} exact={item.exact} className={linkClass}>
            {item.icon ? (
              <WorkspaceIcon name={item.icon} className="size-5 shrink-0 text-ink-500 group-hover:text-ink-700 group-data-active:text-brand-700" />
            ) : null}
            <span className="flex-1">{item.label}</span>
            {item.count ? <Badge tone="brand">{item.count}</Badge> : null}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}

function ViewerCard({ viewerName, roleLabel, committeeName, labels }: { viewerName: string; roleLabel: string; committeeName?: string; labels: { signedInAs: string; role: string } }) {
  return (
    <dl className="text-sm">
      <dt className="sr-only">{labels.signedInAs}</dt>
      <dd className="font-semibold text-ink-900">{viewerName}</dd>
      {committeeName ? <dd className="text-ink-600">{committeeName}</dd> : null}
      <dt className="sr-only">{labels.role}</dt>
      <dd className="mt-1.5">
        <Badge tone="brand">{roleLabel}</Badge>
      </dd>
    </dl>
  );
}

/**
 * Frame of every signed-in page: a top bar, the menu (a sidebar from 1024 px;
 * a `<details>` menu under the top bar below that, which works without
 * JavaScript) and the main content.
 */
export async function WorkspaceShell({ viewerName, roleLabel, navItems, committeeName, actions, children }: WorkspaceShellProps) {
  const t = await getTranslations();
  const viewerLabels = { signedInAs: t("workspace.signedInAs"), role: t("workspace.role") };
  const publicSiteLink = (
    <Link href={publicPaths.home} className="flex items-center gap-2 text-sm text-ink-600 hover:text-brand-700 hover:underline">
      <WorkspaceIcon name="home" className="size-4" />
      {t("workspace.viewPublicSite")}
    </Link>
  );

  return (
    <div className="flex min-h-dvh flex-col bg-ink-50">
      <header className="sticky top-0 z-30 bg-brand-800 text-white shadow print:hidden">
        <div className="flex h-14 items-center justify-between gap-4 px-4 lg:px-6">
          <Link href={navItems[0]?.href ?? publicPaths.home} className="flex min-w-0 items-center gap-2.5">
            <Emblem className="size-8" />
            <span className="truncate text-base font-bold uppercase">{t("site.name")}</span>
            <span aria-hidden="true" className="hidden text-white/50 sm:inline">
              |
            </span>
            <span className="hidden text-sm text-gold-200 sm:inline">{t("workspace.title")}</span>
          </Link>
          <div className="flex items-center gap-4">
            <span className="hidden text-right text-sm leading-tight md:block">
              <span className="block font-semibold">{viewerName}</span>
              <span className="block text-xs text-gold-200">{roleLabel}</span>
            </span>
            <LocaleSwitch className="hidden sm:flex" />
          </div>
        </div>
        <div className="h-0.5 bg-gold-400" />
      </header>

      <WorkspaceMobileMenu
        className="group/menu border-b border-ink-200 bg-white lg:hidden print:hidden"
        summary={
          <summary className="flex cursor-pointer list-none items-center justify-between gap-3 px-4 py-3 text-sm font-semibold text-ink-800 select-none">
            <span className="flex items-center gap-2">
              <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden="true" className="size-5 text-ink-500">
                <path d="M3 5h14v1.5H3zM3 9.25h14v1.5H3zM3 13.5h14V15H3z" />
              </svg>
              {t("nav.menu")}
            </span>
            <span className="flex min-w-0 items-center gap-2 font-normal text-ink-600">
              <span className="truncate">{viewerName}</span>
              <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden="true" className="size-4 shrink-0 transition-transform group-open/menu:rotate-180">
                <path d="M5.3 7.3a1 1 0 0 1 1.4 0L10 10.58l3.3-3.3a1 1 0 1 1 1.4 1.42l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 0 1 0-1.42Z" />
              </svg>
            </span>
          </summary>
        }
      >
        <div className="space-y-4 border-t border-ink-200 px-3 pt-3 pb-4">
          <div className="px-3">
            <ViewerCard viewerName={viewerName} roleLabel={roleLabel} committeeName={committeeName} labels={viewerLabels} />
          </div>
          <nav aria-label={t("nav.workspaceLabel")}>
            <NavList items={navItems} />
          </nav>
          <div className="flex flex-wrap items-center justify-between gap-3 border-t border-ink-200 px-3 pt-4">
            {publicSiteLink}
            <LocaleSwitch tone="light" className="sm:hidden" />
          </div>
          {actions ? <div className="px-3">{actions}</div> : null}
        </div>
      </WorkspaceMobileMenu>

      <div className="flex flex-1">
        <aside className="sticky top-[3.625rem] hidden h-[calc(100dvh-3.625rem)] w-64 shrink-0 flex-col border-r border-ink-200 bg-white lg:flex print:hidden">
          <div className="border-b border-ink-200 px-6 py-5">
            <ViewerCard viewerName={viewerName} roleLabel={roleLabel} committeeName={committeeName} labels={viewerLabels} />
          </div>
          <nav aria-label={t("nav.workspaceLabel")} className="flex-1 overflow-y-auto px-3 py-4">
            <NavList items={navItems} />
          </nav>
          <div className={cx("space-y-3 border-t border-ink-200 px-6 py-4")}>
            {publicSiteLink}
            {actions}
          </div>
        </aside>
        <main id={MAIN_CONTENT_ID} tabIndex={-1} className="min-w-0 flex-1 px-4 py-6 focus:outline-none sm:px-6 lg:px-8 lg:py-8">
          {children}
        </main>
      </div>
    </div>
  );
}
