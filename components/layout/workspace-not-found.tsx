import { getTranslations } from "next-intl/server";
import { StatusPage } from "@/components/layout/status-page";
import { ButtonLink } from "@/components/ui/button";
import { HOME_AFTER_SIGN_IN } from "@/lib/auth/routes";

/** 404 inside the workspace: a record that does not exist and one outside the viewer's scope look the same. */
export async function WorkspaceNotFound() {
  const t = await getTranslations();
  return (
    <StatusPage code="404" title={t("errors.notFoundTitle")} actions={<ButtonLink href={HOME_AFTER_SIGN_IN}>{t("nav.dashboard")}</ButtonLink>}>
      <p>{t("errors.notFoundBody")}</p>
    </StatusPage>
  );
}
