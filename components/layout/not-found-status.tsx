import { getTranslations } from "next-intl/server";
import { publicPaths } from "./public-nav";
import { StatusPage } from "./status-page";
import { ButtonLink } from "@/components/ui/button";

/** "404 – not found" with the way back home and to the news: the root 404 draws it in its own frame, a public page's 404 in the public layout's. */
export async function NotFoundStatus() {
  const t = await getTranslations();
  return (
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
  );
}
