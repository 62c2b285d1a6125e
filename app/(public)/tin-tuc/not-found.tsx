import { publicPaths } from "@/components/layout/public-nav";
import { StatusPage } from "@/components/layout/status-page";
import { ButtonLink } from "@/components/ui/button";
import { getMessages } from "@/lib/i18n/server";

export default async function NewsNotFound() {
  const m = await getMessages();
  return (
    <StatusPage
      code="404"
      title={m.news.notFoundTitle}
      actions={
        <>
          <ButtonLink href={publicPaths.news}>{m.news.backToList}</ButtonLink>
          <ButtonLink href={publicPaths.home} variant="secondary">
            {m.common.backToHome}
          </ButtonLink>
        </>
      }
    >
      <p>{m.news.notFoundBody}</p>
    </StatusPage>
  );
}
