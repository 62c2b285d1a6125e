import { getTranslations } from "next-intl/server";
import { periodLockedText } from "@/lib/actions/form-state";
import { PeriodLockedError } from "@/lib/data/errors";
import { messageText } from "@/lib/i18n/message-key";
import type { ImportColumn, ImportIssue } from "@/lib/import/types";

/** How many issues the table lists; the rest are counted. */
const SHOWN = 200;

/**
 * The preview's errors, one line each: the sheet row, the column (by its
 * header), what the cell held and the message in the reader's language (a
 * locked period names its report, as the forms do). Reused by every import.
 */
export async function ImportIssues({ issues, columns }: { issues: readonly ImportIssue[]; columns: readonly ImportColumn[] }) {
  const t = await getTranslations();
  const headers = new Map(columns.map((column) => [column.key, column.header]));
  const shown = issues.slice(0, SHOWN);
  const texts = await Promise.all(
    shown.map((issue) => (issue.lock ? periodLockedText(new PeriodLockedError(issue.lock)) : Promise.resolve(messageText(t, issue.message, "validation.invalid", issue.values)))),
  );
  return (
    <section aria-labelledby="import-issues">
      <h2 id="import-issues" className="mb-3 text-lg font-semibold text-ink-900">
        {t("imports.errorsTitle")}
      </h2>
      <div className="max-w-full overflow-x-auto rounded-lg border border-danger-700/30 bg-white shadow-sm">
        <table className="w-full min-w-[32rem] text-sm">
          <caption className="sr-only">{t("imports.errorsTable")}</caption>
          <thead className="bg-danger-50 text-ink-700">
            <tr>
              <th scope="col" className="px-3 py-2 text-right font-semibold">
                {t("imports.row")}
              </th>
              <th scope="col" className="px-3 py-2 text-left font-semibold">
                {t("imports.column")}
              </th>
              <th scope="col" className="px-3 py-2 text-left font-semibold">
                {t("imports.value")}
              </th>
              <th scope="col" className="px-3 py-2 text-left font-semibold">
                {t("imports.message")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-ink-100">
            {shown.map((issue, index) => (
              <tr key={`${issue.row}-${issue.column}-${index}`} className="align-top">
                <td className="px-3 py-2 text-right font-semibold tabular-nums">{issue.row ?? "—"}</td>
                <td className="px-3 py-2 whitespace-nowrap">{issue.column ? (headers.get(issue.column) ?? issue.column) : "—"}</td>
                <td className="max-w-48 px-3 py-2 break-words text-ink-700">{issue.value ?? "—"}</td>
                <td className="min-w-60 px-3 py-2 text-danger-700">{texts[index]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {issues.length > SHOWN ? <p className="mt-2 text-sm text-ink-600">{t("imports.moreErrors", { count: issues.length - SHOWN })}</p> : null}
    </section>
  );
}
