import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PublicFrame } from "@/components/layout/public-frame";
import { publicPaths } from "@/components/layout/public-nav";
import { StatusPage } from "@/components/layout/status-page";
import { ButtonLink } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("errors.notFoundTitle") };
}

export default async function NotFound() {
  const t = await getTranslations();
  return (
    <PublicFrame>
      <StatusPage
        code="404"
        title={t("errors.notFoundTitle")}
        actions={
          <>
            <ButtonLink href={publicPaths.home}>{t("common.backToHome")}</ButtonLink>
            <ButtonLink href={publicPaths.news} variant="secondary">
              {t("nav.news")}
            </ButtonLink>
          </>
        }
      >
        <p>{t("errors.notFoundBody")}</p>
      </StatusPage>
    </PublicFrame>
  );
}
