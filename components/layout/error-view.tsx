"use client";

import Link from "next/link";
import { useEffect } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { interpolate } from "@/lib/i18n/interpolate";
import { useMessages } from "@/lib/i18n/client";
import { publicPaths } from "./public-nav";
import { StatusPage } from "./status-page";

/** Body of the `error.tsx` boundaries: apology, retry, way home, and the error's reference. */
export function ErrorView({ error, retry }: { error: unknown; retry: () => void }) {
  const m = useMessages();
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : undefined;

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <StatusPage
      title={m.errors.title}
      actions={
        <>
          <Button onClick={() => retry()}>{m.errors.retry}</Button>
          <Link href={publicPaths.home} className={buttonClasses({ variant: "secondary" })}>
            {m.common.backToHome}
          </Link>
        </>
      }
    >
      <p>{m.errors.body}</p>
      {digest ? <p className="mt-4 text-sm text-ink-500 tabular-nums">{interpolate(m.errors.reference, { digest })}</p> : null}
    </StatusPage>
  );
}
