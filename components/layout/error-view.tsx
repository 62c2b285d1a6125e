"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { publicPaths } from "./public-nav";
import { StatusPage } from "./status-page";

/** Body of the `error.tsx` boundaries: apology, retry, way home, and the error's reference. */
export function ErrorView({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("errors");
  const common = useTranslations("common");
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : undefined;

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <StatusPage
      title={t("title")}
      actions={
        <>
          <Button onClick={() => retry()}>{t("retry")}</Button>
          <Link href={publicPaths.home} className={buttonClasses({ variant: "secondary" })}>
            {common("backToHome")}
          </Link>
        </>
      }
    >
      <p>{t("body")}</p>
      {digest ? <p className="mt-4 text-sm text-ink-500 tabular-nums">{t("reference", { digest })}</p> : null}
    </StatusPage>
  );
}
