import type { Metadata } from "next";
import { getMessages, getTranslations } from "next-intl/server";
import Link from "next/link";
import { IMPORT_FORM_MESSAGES } from "@/components/imports/import-form-messages";
import { ImportCommitForm } from "@/components/imports/import-forms";
import { ImportIssues } from "@/components/imports/import-issues";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { Alert } from "@/components/ui/alert";
import { commitCommitteeImportAction } from "@/lib/actions/committee-import";
import { requireViewer } from "@/lib/auth/viewer";
import { previewCommitteeImport } from "@/lib/data/committee-import";
import { orNotFound } from "@/lib/data/not-found";
import { ClientMessages, getFormat } from "@/lib/i18n/server";
import { committeeImportColumns } from "@/lib/import/committee-template";
import { rowsWithIssues } from "@/lib/import/types";
import { ImportStart } from "../import-start";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).committeeAdmin.importTitle };
}

/** The preview of an uploaded file, checked afresh on every view: every error by row and column, or the first rows and "Ghi tất cả". */
export default async function CommitteeImportPreviewPage({ params }: { params: Promise<{ batch: string }> }) {
  const { batch: id } = await params;
  const viewer = await requireViewer();
  const [preview, m, t, format] = await Promise.all([orNotFound(previewCommitteeImport(viewer, id)), getMessages(), getTranslations(), getFormat()]);
  const { batch, issues, sample, validCount } = preview;
  const p = m.imports;
  const headers = [p.row, m.committee.fields.name, m.committee.fields.level, m.committee.fields.parent, m.committeeAdmin.fields.validFrom];
  return (
    <WorkspacePage title={m.committeeAdmin.importTitle} lead={t("imports.summary", { file: batch.fileName, count: batch.rowCount })}>
      <div className="grid gap-6">
        {batch.committedAt ? (
          <Alert tone="success">
            {t("imports.committedAt", { count: batch.committedCount ?? 0, at: format.dateTime(batch.committedAt) })}{" "}
            <Link href="/co-quan" className="font-semibold underline">
              {m.nav.committees}
            </Link>
          </Alert>
        ) : issues.length > 0 ? (
          <>
            <Alert tone="danger">{t("imports.hasErrors", { count: rowsWithIssues(issues) })}</Alert>
            <ImportIssues issues={issues} columns={committeeImportColumns(m)} />
            <ImportStart m={m} again />
          </>
        ) : (
          <>
            <Alert tone="success">{t("imports.allValid", { count: validCount })}</Alert>
            <ClientMessages paths={IMPORT_FORM_MESSAGES}>
              <ImportCommitForm action={commitCommitteeImportAction.bind(null, batch.id)} />
            </ClientMessages>
            <section aria-labelledby="import-preview">
              <h2 id="import-preview" className="mb-3 text-lg font-semibold text-ink-900">
                {p.previewTitle}
              </h2>
              <div className="max-w-full overflow-x-auto rounded-lg border border-ink-200 bg-white shadow-sm">
                <table className="w-full min-w-[36rem] text-sm">
                  <caption className="sr-only">{p.previewTable}</caption>
                  <thead className="bg-ink-50 text-ink-600">
                    <tr>
                      {headers.map((header, index) => (
                        <th key={header} scope="col" className={`px-3 py-2 font-semibold ${index === 0 ? "text-right" : "text-left"}`}>
                          {header}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-ink-100">
                    {sample.map((row) => (
                      <tr key={row.row} className="align-top">
                        <td className="px-3 py-2 text-right tabular-nums">{row.row}</td>
                        <td className="min-w-52 px-3 py-2">{row.name}</td>
                        <td className="px-3 py-2">{m.committee.levels[row.level]}</td>
                        <td className="min-w-40 px-3 py-2">{row.parent ?? "—"}</td>
                        <td className="px-3 py-2 whitespace-nowrap">{format.date(row.validFrom)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {validCount > sample.length ? <p className="mt-2 text-sm text-ink-600">{t("imports.moreRows", { count: validCount - sample.length })}</p> : null}
            </section>
          </>
        )}
      </div>
    </WorkspacePage>
  );
}
