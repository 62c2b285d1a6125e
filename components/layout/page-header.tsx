import type { ReactNode } from "react";
import { Breadcrumbs, type Crumb } from "@/components/ui/breadcrumbs";
import { Container } from "@/components/ui/container";

/** The title band at the top of a public page. */
export function PageHeader({
  title,
  lead,
  breadcrumbs,
  breadcrumbLabel,
  children,
}: {
  title: ReactNode;
  lead?: ReactNode;
  breadcrumbs?: Crumb[];
  breadcrumbLabel?: string;
  children?: ReactNode;
}) {
  return (
    <div className="border-b border-ink-200 bg-white">
      <Container className="py-8 sm:py-10">
        {breadcrumbs && breadcrumbLabel ? <Breadcrumbs items={breadcrumbs} label={breadcrumbLabel} className="mb-4" /> : null}
        <h1 className="text-2xl font-bold tracking-tight text-ink-900 sm:text-3xl">{title}</h1>
        {lead ? <p className="mt-3 max-w-3xl text-base leading-relaxed text-ink-600">{lead}</p> : null}
        {children}
      </Container>
    </div>
  );
}
