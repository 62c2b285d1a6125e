import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Container } from "@/components/ui/container";
import { Emblem } from "./emblem";
import { publicNav, publicPaths } from "./public-nav";

/** Footer of the public site. */
export async function SiteFooter() {
  const t = await getTranslations();
  return (
    <footer className="border-t-4 border-brand-700 bg-ink-900 text-ink-300">
      <Container className="grid gap-10 py-10 md:grid-cols-[2fr_1fr]">
        <div className="max-w-xl">
          <div className="flex items-center gap-3">
            <Emblem className="size-10" />
            <div>
              <p className="text-lg font-bold text-white uppercase">{t("site.name")}</p>
              <p className="text-sm text-gold-200">{t("site.tagline")}</p>
            </div>
          </div>
          <p className="mt-4 text-sm leading-relaxed">{t("footer.about")}</p>
          <p className="mt-3 text-sm text-ink-400 italic">“{t("site.motto")}”</p>
        </div>
        <div>
          <h2 className="text-sm font-semibold tracking-wide text-white uppercase">{t("footer.linksTitle")}</h2>
          <ul className="mt-3 space-y-2 text-sm">
            {publicNav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="hover:text-white hover:underline">
                  {t(`nav.${item.key}`)}
                </Link>
              </li>
            ))}
            <li>
              <Link href={publicPaths.signIn} className="hover:text-white hover:underline">
                {t("nav.signIn")}
              </Link>
            </li>
          </ul>
        </div>
      </Container>
      <div className="border-t border-white/10">
        <Container className="flex flex-col gap-1 py-4 text-xs text-ink-400 sm:flex-row sm:justify-between">
          <p>{t("site.owner")}</p>
          <p>{t("footer.reuse")}</p>
        </Container>
      </div>
    </footer>
  );
}
