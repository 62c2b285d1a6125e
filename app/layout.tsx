import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SkipLink } from "@/components/layout/skip-link";
import { ClientMessages } from "@/lib/i18n/server";
import { siteUrl } from "@/lib/site-url";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("site");
  return {
    // Canonical links and social cards are absolute URLs on the portal's address.
    metadataBase: new URL(siteUrl("/")),
    title: { default: `${t("name")} – ${t("tagline")}`, template: `%s | ${t("name")}` },
    description: t("description"),
    applicationName: t("name"),
    formatDetection: { telephone: false },
  };
}

export const viewport: Viewport = {
  themeColor: "#80181d",
  width: "device-width",
  initialScale: 1,
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t, site] = await Promise.all([getLocale(), getTranslations("common"), getTranslations("site")]);
  return (
    <html lang={locale}>
      <body className="min-h-dvh">
        {/* The news feed, in every page's head (React places a <link> there; a page's own metadata would replace a layout's alternates). */}
        <link rel="alternate" type="application/rss+xml" href="/rss.xml" title={site("name")} />
        <SkipLink label={t("skipToContent")} />
        {/* Error boundaries are client components: they read these sections. */}
        <ClientMessages paths={["site.name", "common.backToHome", "errors"]}>{children}</ClientMessages>
      </body>
    </html>
  );
}
