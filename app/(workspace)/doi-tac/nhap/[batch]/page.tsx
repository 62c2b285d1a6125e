import type { Metadata } from "next";
import { getMessages, getTranslations } from "next-intl/server";
import Link from "next/link";
import { IMPORT_FORM_MESSAGES } from "@/components/imports/import-form-messages";
import { ImportCommitForm } from "@/components/imports/import-forms";
import { ImportIssues } from "@/components/imports/import-issues";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { Alert } from "@/components/ui/alert";
import { commitPartnerImportAction } from "@/lib/actions/partner-import";
import { requireViewer } from "@/lib/auth/viewer";
import { orNotFound } from "@/lib/data/not-found";
import { previewPartnerImport } from "@/lib/data/partner-import";
import { ClientMessages, getFormat } from "@/lib/i18n/server";
import { partnerImportColumns } from "@/lib/import/partner-template";
import { rowsWithIssues } from "@/lib/import/types";
import { ImportStart } from "../import-start";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).partners.importTitle };
}

/** The preview of an uploaded file, checked afresh on every view: every error by row and column, or the first rows and "Ghi tất cả". */
export default async function PartnerImportPreviewPage({ params }: { params: Promise<{ batch: string }> }) {
  const { batch: id } = await params;
  const viewer = await requireViewer();
  const [preview, m, t, format] = await Promise.all([orNotFound(previewPartnerImport(viewer, id)), getMessages(), getTranslations(), getFormat()]);
  const { batch, issues, sample, validCount } = preview;
  const p = m.imports;
  const headers = [p.row, m.partners.fields.name, m.partners.fields.kind, m.partners.fields.committee];
  return (
    <WorkspacePage title={m.partners.importTitle} lead={t("imports.summary", { file: batch.fileName, count: batch.rowCount })}>
      <div className="grid gap-6">
        {batch.committedAt ? (
          <Alert tone="success">
            {t("imports.committedAt", { count: batch.committedCount ?? 0, at: format.dateTime(batch.committedAt) })}{" "}
            <Link href="/doi-tac" className="font-semibold underline">
              {m.nav.partners}
            </Link>
          </Alert>
        ) : issues.length > 0 ? (
          <>
            <Alert tone="danger">{t("imports.hasErrors", { count: rowsWithIssues(issues) })}</Alert>
            <ImportIssues issues={issues} columns={partnerImportColumns(m)} />
            <ImportStart m={m} again />
          </>
        ) : (
          <>
            <Alert tone="success">{t("imports.allValid", { count: validCount })}</Alert>
            <ClientMessages paths={IMPORT_FORM_MESSAGES}>
              <ImportCommitForm action={commitPartnerImportAction.bind(null, batch.id)} />
            </ClientMessages>
            <section aria-labelledby="import-preview">
              <h2 id="import-preview" className="mb-3 text-lg font-semibold text-ink-900">
                {p.previewTitle}
              </h2>
              <div className="max-w-full overflow-x-auto rounded-lg border border-ink-200 bg-white shadow-sm">
                <table className="w-full min-w-[32rem] text-sm">
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
                        <td className="min-w-52 px-3 py-2">
                          {row.name}
                          <span className="block text-ink-600">{row.shortName}</span>
                        </td>
                        <td className="px-3 py-2">{m.partners.kinds[row.kind]}</td>
                        <td className="min-w-40 px-3 py-2">{row.committee}</td>
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
