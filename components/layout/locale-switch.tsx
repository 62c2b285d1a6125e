"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { setLocaleAction } from "@/lib/actions/locale";
import { locales, type Locale } from "@/lib/i18n/config";
import { cx } from "@/components/ui/cx";

export type LocaleSwitchLabels = {
  label: string;
  names: Record<Locale, string>;
};

function ReturnToWithQuery() {
  const pathname = usePathname() ?? "/";
  const query = useSearchParams()?.toString();
  return <input type="hidden" name="returnTo" value={query ? `${pathname}?${query}` : pathname} />;
}

function ReturnTo() {
  const pathname = usePathname() ?? "/";
  return (
    <Suspense fallback={<input type="hidden" name="returnTo" value={pathname} />}>
      <ReturnToWithQuery />
    </Suspense>
  );
}

/**
 * Two buttons in a plain form that posts to `setLocaleAction`, which sets the
 * `lang` cookie and comes back to this page (query included). Server-rendered,
 * so it works without JavaScript.
 */
export function LocaleSwitch({
  locale,
  labels,
  tone = "dark",
  className,
}: {
  locale: Locale;
  labels: LocaleSwitchLabels;
  /** "dark" on the red header band, "light" on white. */
  tone?: "dark" | "light";
  className?: string;
}) {
  return (
    <form action={setLocaleAction} className={cx("flex items-center", className)}>
      <ReturnTo />
      <fieldset className="flex items-center">
        <legend className="sr-only">{labels.label}</legend>
        <span
          className={cx(
            "inline-flex overflow-hidden rounded-md text-xs font-semibold ring-1 ring-inset",
            tone === "dark" ? "ring-white/40" : "ring-ink-300",
          )}
        >
          {locales.map((code) => {
            const current = code === locale;
            return (
              <button
                key={code}
                type="submit"
                name="locale"
                value={code}
                lang={code}
                aria-pressed={current}
                className={cx(
                  "px-2.5 py-1.5 transition-colors focus-visible:outline-offset-[-2px]",
                  tone === "dark"
                    ? current
                      ? "bg-white text-brand-800"
                      : "text-white hover:bg-white/15"
                    : current
                      ? "bg-brand-700 text-white"
                      : "text-ink-700 hover:bg-ink-100",
                )}
              >
                {labels.names[code]}
              </button>
            );
          })}
        </span>
      </fieldset>
    </form>
  );
}
