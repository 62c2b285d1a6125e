import type { Metadata } from "next";
import { PublicFrame } from "@/components/layout/public-frame";
import { publicPaths } from "@/components/layout/public-nav";
import { StatusPage } from "@/components/layout/status-page";
import { ButtonLink } from "@/components/ui/button";
import { getMessages } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const m = await getMessages();
  return { title: m.errors.notFoundTitle };
}

export default async function NotFound() {
  const m = await getMessages();
  return (
    <PublicFrame>
      <StatusPage
        code="404"
        title={m.errors.notFoundTitle}
        actions={
          <>
            <ButtonLink href={publicPaths.home}>{m.common.backToHome}</ButtonLink>
            <ButtonLink href={publicPaths.news} variant="secondary">
              {m.nav.news}
            </ButtonLink>
          </>
        }
      >
        <p>{m.errors.notFoundBody}</p>
      </StatusPage>
    </PublicFrame>
  );
}
