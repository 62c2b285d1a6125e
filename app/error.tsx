"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Emblem } from "@/components/layout/emblem";
import { ErrorView } from "@/components/layout/error-view";
import { publicPaths } from "@/components/layout/public-nav";
import { MAIN_CONTENT_ID } from "@/components/layout/skip-link";

// Errors below the root layout that no nearer boundary caught. The page's own
// frame may be what failed, so this one draws only the portal's name.
export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("site");
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="border-b-4 border-gold-400 bg-brand-800 text-white">
        <div className="mx-auto flex max-w-6xl items-center px-4 py-4 sm:px-6 lg:px-8">
          <Link href={publicPaths.home} className="flex items-center gap-3">
            <Emblem className="size-10" />
            <span className="text-xl font-bold uppercase">{t("name")}</span>
          </Link>
        </div>
      </header>
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="flex flex-1 flex-col justify-center focus:outline-none">
        <ErrorView error={error} retry={retry} />
      </main>
    </div>
  );
}
