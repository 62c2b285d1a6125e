import { StatusPage } from "@/components/layout/status-page";
import { ButtonLink } from "@/components/ui/button";
import { HOME_AFTER_SIGN_IN } from "@/lib/auth/routes";
import { getMessages } from "@/lib/i18n/server";

/** 404 inside the workspace: a record that does not exist and one outside the viewer's scope look the same. */
export async function WorkspaceNotFound() {
  const m = await getMessages();
  return (
    <StatusPage code="404" title={m.errors.notFoundTitle} actions={<ButtonLink href={HOME_AFTER_SIGN_IN}>{m.nav.dashboard}</ButtonLink>}>
      <p>{m.errors.notFoundBody}</p>
    </StatusPage>
  );
}
