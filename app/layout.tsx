import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SkipLink } from "@/components/layout/skip-link";
import { ClientMessagesProvider } from "@/lib/i18n/client";
import { getClientMessages, getLocale, getMessages } from "@/lib/i18n/server";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const m = await getMessages();
  return {
    title: { default: `${m.site.name} – ${m.site.tagline}`, template: `%s | ${m.site.name}` },
    description: m.site.description,
    applicationName: m.site.name,
    formatDetection: { telephone: false },
  };
}

export const viewport: Viewport = {
  themeColor: "#80181d",
  width: "device-width",
  initialScale: 1,
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, m, clientMessages] = await Promise.all([getLocale(), getMessages(), getClientMessages()]);
  return (
    <html lang={locale}>
      <body className="min-h-dvh">
        <SkipLink label={m.common.skipToContent} />
        <ClientMessagesProvider locale={locale} messages={clientMessages}>
          {children}
        </ClientMessagesProvider>
      </body>
    </html>
  );
}
