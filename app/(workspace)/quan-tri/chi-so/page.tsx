import type { Metadata } from "next";
import { getMessages, getTranslations } from "next-intl/server";
import { IndicatorForm } from "@/components/admin/indicator-form";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { createIndicatorAction, updateIndicatorAction } from "@/lib/actions/indicators";
import { requireViewer } from "@/lib/auth/viewer";
import { listIndicators } from "@/lib/data/indicators";
import { orNotFound } from "@/lib/data/not-found";
import { ClientMessages } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("indicators") };
}

// Admins only: the layout answers 404 to anyone else, and the data layer checks again.
export default async function IndicatorsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const [{ saved }, m, { indicators, programmes }] = await Promise.all([searchParams, getMessages(), orNotFound(listIndicators(viewer))]);
  const c = m.indicators;
  const nextPosition = indicators.reduce((max, indicator) => Math.max(max, indicator.position), 0) + 1;
  return (
    <WorkspacePage title={m.nav.indicators} lead={c.lead}>
      {saved === "1" ? (
        <Alert tone="success" className="mb-4">
          {c.saved}
        </Alert>
      ) : null}
      <ClientMessages paths={["indicators", "conferences.kinds", "conferences.fields.kind", "conferences.allKinds", "activities.fields.unit", "houses.fields.programme", "housingProgrammes", "common"]}>
        <div className="grid max-w-5xl gap-6">
          <section aria-labelledby="indicators" className="rounded-lg border border-ink-200 bg-white p-5 shadow-sm sm:p-6">
            <h2 id="indicators" className="mb-4 text-lg font-semibold text-ink-900">
              {m.nav.indicators}
            </h2>
            <ul className="flex flex-col divide-y divide-ink-100">
              {indicators.map((indicator) => (
                <li key={indicator.id} className="py-4 first:pt-0 last:pb-0" data-indicator={indicator.code}>
                  <p className="mb-2 flex flex-wrap items-center gap-2 text-sm text-ink-700">
                    <span className="font-mono font-semibold text-ink-900">{indicator.code}</span>
                    <span>{indicator.name}</span>
                    {indicator.active ? null : <Badge tone="neutral">{m.housingProgrammes.inactive}</Badge>}
                  </p>
                  <IndicatorForm action={updateIndicatorAction} indicator={indicator} programmes={programmes} nextPosition={nextPosition} />
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="new-indicator" className="rounded-lg border border-ink-200 bg-white p-5 shadow-sm sm:p-6">
            <h2 id="new-indicator" className="mb-4 text-lg font-semibold text-ink-900">
              {c.add}
            </h2>
            <IndicatorForm action={createIndicatorAction} indicator={null} programmes={programmes} nextPosition={nextPosition} />
          </section>
        </div>
      </ClientMessages>
    </WorkspacePage>
  );
}
