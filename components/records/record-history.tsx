import { getMessages } from "next-intl/server";
import { getFormat } from "@/lib/i18n/server";
import { auditLabels } from "@/lib/lists/audit-labels";
import type { RecordChange } from "@/lib/data/records/history";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}T00:00:00(\.000)?Z$/;

/** How a record's audited fields read: money in đồng, enum values by their names. */
export type HistoryFields = {
  /** Fields holding whole đồng (audited as digit strings). */
  money?: readonly string[];
  /** Enum fields: stored value → its name on screen. */
  choices?: Record<string, Record<string, string>>;
};

/**
 * A record's change history: who did what, when, and the fields that changed.
 * `labels` names the record's fields; fields without a label (internal ids,
 * household details the viewer may not see) are left out.
 */
export async function RecordHistory({ changes, labels, fields: kinds = {} }: { changes: RecordChange[]; labels: Record<string, string>; fields?: HistoryFields }) {
  const [m, format] = await Promise.all([getMessages(), getFormat()]);
  const h = m.records.history;
  const names = auditLabels(m);
  const shown = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === "") return "—";
    if (typeof value === "string" && kinds.choices?.[field]?.[value]) return kinds.choices[field][value];
    if (kinds.money?.includes(field) && (typeof value === "number" || (typeof value === "string" && /^\d+$/.test(value)))) return format.vnd(BigInt(value));
    if (typeof value === "string" && ISO_DAY.test(value)) return format.date(new Date(value));
    if (typeof value === "object") return JSON.stringify(value);
    return String(value);
  };
  return (
    <section aria-labelledby="record-history" className="rounded-lg border border-ink-200 bg-white p-5 shadow-sm sm:p-6">
      <h2 id="record-history" className="mb-4 text-lg font-semibold text-ink-900">
        {h.title}
      </h2>
      {changes.length === 0 ? (
        <p className="text-sm text-ink-600">{h.empty}</p>
      ) : (
        <ol className="flex flex-col gap-4">
          {changes.map((change) => {
            const fields = Object.keys({ ...change.before, ...change.after }).filter((field) => field in labels);
            return (
              <li key={change.id} className="border-l-2 border-ink-200 pl-4">
                <p className="text-sm text-ink-900">
                  <span className="font-semibold">{names.action(change.action)}</span>
                  {" · "}
                  {change.actorName ?? change.actorEmail ?? h.unknownActor}
                  {" · "}
                  <time dateTime={change.at.toISOString()}>{format.dateTime(change.at)}</time>
                </p>
                {change.action === "update" && fields.length > 0 ? (
                  <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
                    {fields.map((field) => (
                      <div key={field} className="contents">
                        <dt className="text-ink-600">{labels[field]}</dt>
                        <dd className="break-words text-ink-900">
                          <span className="sr-only">{h.before}: </span>
                          <del className="text-ink-500">{shown(field, change.before?.[field])}</del> → <span className="sr-only">{h.after}: </span>
                          <ins className="no-underline">{shown(field, change.after?.[field])}</ins>
                        </dd>
                      </div>
                    ))}
                  </dl>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
