import { useLocale, useTranslations } from "next-intl";
import { cx } from "@/components/ui/cx";
import { setLocaleAction } from "@/lib/actions/locale";
import { locales } from "@/lib/i18n/config";
import { ReturnToInput } from "./return-to-input";

/**
 * Two buttons in a plain form that posts to `setLocaleAction`, which sets the
 * `lang` cookie and comes back to this page (query included). A server
 * component posting a plain form, so it works without JavaScript.
 */
export function LocaleSwitch({
  tone = "dark",
  className,
}: {
  /** "dark" on the red header band, "light" on white. */
  tone?: "dark" | "light";
  className?: string;
}) {
  const locale = useLocale();
  const t = useTranslations("locale");
  return (
    <form action={setLocaleAction} className={cx("flex items-center", className)}>
      <ReturnToInput />
      <fieldset className="flex items-center">
        <legend className="sr-only">{t("label")}</legend>
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
                {t(`names.${code}`)}
              </button>
            );
          })}
        </span>
      </fieldset>
    </form>
  );
}
