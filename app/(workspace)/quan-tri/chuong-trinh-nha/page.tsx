import type { Metadata } from "next";
import { getMessages, getTranslations } from "next-intl/server";
import { HousingProgrammeForm, NewHousingProgrammeForm } from "@/components/admin/housing-programme-forms";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { createHousingProgrammeAction, updateHousingProgrammeAction } from "@/lib/actions/housing-programmes";
import { requireViewer } from "@/lib/auth/viewer";
import { listHousingProgrammes } from "@/lib/data/housing-programmes";
import { orNotFound } from "@/lib/data/not-found";
import { ClientMessages } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("housingProgrammes") };
}

// Admins only: the layout answers 404 to anyone else, and the data layer checks again.
export default async function HousingProgrammesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const [{ saved }, m, t, programmes] = await Promise.all([searchParams, getMessages(), getTranslations("houses"), orNotFound(listHousingProgrammes(viewer))]);
  const p = m.housingProgrammes;
  const nextPosition = programmes.reduce((max, programme) => Math.max(max, programme.position), 0) + 1;
  return (
    <WorkspacePage title={m.nav.housingProgrammes} lead={p.lead}>
      {saved === "1" ? (
        <Alert tone="success" className="mb-4">
          {p.saved}
        </Alert>
      ) : null}
      <ClientMessages paths={["housingProgrammes", "common"]}>
        <div className="grid max-w-4xl gap-6">
          <section aria-labelledby="programmes" className="rounded-lg border border-ink-200 bg-white p-5 shadow-sm sm:p-6">
            <h2 id="programmes" className="mb-4 text-lg font-semibold text-ink-900">
              {p.table}
            </h2>
            <ul className="flex flex-col divide-y divide-ink-100">
              {programmes.map((programme) => (
                <li key={programme.id} className="py-4 first:pt-0 last:pb-0">
                  <p className="mb-2 flex flex-wrap items-center gap-2 text-sm text-ink-700">
                    <span className="font-semibold text-ink-900">{programme.name}</span>
                    <Badge tone={programme.active ? "success" : "neutral"}>{programme.active ? p.active : p.inactive}</Badge>
                    <span>
                      {p.houses}: {t("count", { count: programme.houses })}
                    </span>
                  </p>
                  <HousingProgrammeForm action={updateHousingProgrammeAction} programme={programme} />
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="new-programme" className="rounded-lg border border-ink-200 bg-white p-5 shadow-sm sm:p-6">
            <h2 id="new-programme" className="mb-4 text-lg font-semibold text-ink-900">
              {p.add}
            </h2>
            <NewHousingProgrammeForm action={createHousingProgrammeAction} nextPosition={nextPosition} />
          </section>
        </div>
      </ClientMessages>
    </WorkspacePage>
  );
}
