import { getTranslations } from "next-intl/server";
import { publicPaths } from "@/components/layout/public-nav";
import { StatusPage } from "@/components/layout/status-page";
import { ButtonLink } from "@/components/ui/button";

export default async function NewsNotFound() {
  const t = await getTranslations();
  return (
    <StatusPage
      code="404"
      title={t("news.notFoundTitle")}
      actions={
        <>
          <ButtonLink href={publicPaths.news}>{t("news.backToList")}</ButtonLink>
          <ButtonLink href={publicPaths.home} variant="secondary">
            {t("common.backToHome")}
          </ButtonLink>
        </>
      }
    >
      <p>{t("news.notFoundBody")}</p>
    </StatusPage>
  );
}
