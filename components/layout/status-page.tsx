import type { ReactNode } from "react";
import { Container } from "@/components/ui/container";

/** A centred message for not-found, error and empty states. */
export function StatusPage({
  code,
  title,
  children,
  actions,
}: {
  code?: string;
  title: ReactNode;
  children?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <Container className="py-16 sm:py-24">
      <div className="mx-auto max-w-xl text-center">
        {code ? <p className="text-5xl font-bold tracking-tight text-brand-700">{code}</p> : null}
        <h1 className="mt-3 text-2xl font-bold tracking-tight text-ink-900 sm:text-3xl">{title}</h1>
        {children ? <div className="mt-4 text-base leading-relaxed text-ink-600">{children}</div> : null}
        {actions ? <div className="mt-8 flex flex-wrap items-center justify-center gap-3">{actions}</div> : null}
      </div>
    </Container>
  );
}
