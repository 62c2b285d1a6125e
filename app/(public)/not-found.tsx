import { getTranslations } from "next-intl/server";
import { publicPaths } from "@/components/layout/public-nav";
import { StatusPage } from "@/components/layout/status-page";
import { ButtonLink } from "@/components/ui/button";

// A public page's 404 (an unknown committee, campaign or figure): inside the
// public layout, which already draws the header and footer. Without this
// file the root 404, which draws its own, would be rendered into every
// public page's response a second time as this level's fallback.
export default async function PublicNotFound() {
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
