import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { CommitteeHistory, LinkedCommittee } from "@/lib/data/committee-history";
import { formatDate } from "@/lib/format";

function CommitteeName({ committee }: { committee: LinkedCommittee }) {
  return committee.readable ? (
    <Link href={`/co-quan/${committee.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
      {committee.name}
    </Link>
  ) : (
    <span className="font-medium text-ink-900">{committee.name}</span>
  );
}

/** A committee's history: parents over time, predecessors and successors (the primary one marked). */
export async function CommitteeHistoryView({ history }: { history: CommitteeHistory }) {
  const t = await getTranslations("committee.history");
  const span = (from: Date, to: Date | null) => (to ? t("span", { from: formatDate(from), to: formatDate(to) }) : t("spanOpen", { from: formatDate(from) }));
  const sections = [
    { key: "parents", title: t("parents"), items: history.parents.map((p) => ({ committee: p, detail: span(p.validFrom, p.validTo), primary: false })) },
    ...(["predecessors", "successors"] as const).map((key) => ({
      key,
      title: t(key),
      items: history[key].map((s) => ({ committee: s, detail: t("effective", { kind: t(`kinds.${s.kind}`), date: formatDate(s.effectiveOn) }), primary: s.primary })),
    })),
  ];
  return (
    <section aria-labelledby="history-title" className="mt-6">
      <h2 id="history-title" className="mb-3 text-lg font-semibold text-ink-900">
        {t("title")}
      </h2>
      <div className="grid gap-4 lg:grid-cols-3">
        {sections.map((section) => (
          <div key={section.key} data-history={section.key} className="rounded-lg border border-ink-200 bg-white p-4 shadow-sm">
            <h3 className="mb-2 text-sm font-semibold text-ink-700">{section.title}</h3>
            {section.items.length === 0 ? (
              <p className="text-sm text-ink-500">{t("none")}</p>
            ) : (
              <ul className="space-y-3">
                {section.items.map(({ committee, detail, primary }) => (
                  <li key={`${committee.id}-${detail}`} className="text-sm">
                    <CommitteeName committee={committee} />
                    <div className="mt-0.5 flex flex-wrap items-center gap-2 text-ink-600">
                      <span>{detail}</span>
                      {primary ? (
                        <Badge tone="brand" title={t("primaryHint")}>
                          {t("primary")}
                        </Badge>
                      ) : null}
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
