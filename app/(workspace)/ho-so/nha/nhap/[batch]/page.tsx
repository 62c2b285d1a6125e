import type { Metadata } from "next";
import { getMessages, getTranslations } from "next-intl/server";
import Link from "next/link";
import { IMPORT_FORM_MESSAGES } from "@/components/imports/import-form-messages";
import { ImportCommitForm } from "@/components/imports/import-forms";
import { ImportIssues } from "@/components/imports/import-issues";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { Alert } from "@/components/ui/alert";
import { commitHouseImportAction } from "@/lib/actions/house-import";
import { requireViewer } from "@/lib/auth/viewer";
import { previewHouseImport } from "@/lib/data/house-import";
import { orNotFound } from "@/lib/data/not-found";
import { ClientMessages, getFormat } from "@/lib/i18n/server";
import { houseImportColumns } from "@/lib/import/house-template";
import { rowsWithIssues } from "@/lib/import/types";
import { RECORD_PATHS } from "@/lib/records/paths";
import { ImportStart } from "../import-start";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).houses.importTitle };
}

/** The preview of an uploaded file, checked afresh on every view: every error by row and column, or the first rows (without household details) and "Ghi tất cả". */
export default async function HouseImportPreviewPage({ params }: { params: Promise<{ batch: string }> }) {
  const { batch: id } = await params;
  const viewer = await requireViewer();
  const [preview, m, t, format] = await Promise.all([orNotFound(previewHouseImport(viewer, id)), getMessages(), getTranslations(), getFormat()]);
  const { batch, issues, sample, validCount } = preview;
  const h = m.houses;
  const p = m.imports;
  const headers = [p.row, h.fields.commune, h.fields.programme, h.fields.value, m.admin.fields.status, h.fields.committee];
  return (
    <WorkspacePage title={h.importTitle} lead={t("imports.summary", { file: batch.fileName, count: batch.rowCount })}>
      <div className="grid gap-6">
        {batch.committedAt ? (
          <Alert tone="success">
            {t("imports.committedAt", { count: batch.committedCount ?? 0, at: format.dateTime(batch.committedAt) })}{" "}
            <Link href={RECORD_PATHS.house} className="font-semibold underline">
              {m.nav.houses}
            </Link>
          </Alert>
        ) : issues.length > 0 ? (
          <>
            <Alert tone="danger">{t("imports.hasErrors", { count: rowsWithIssues(issues) })}</Alert>
            <ImportIssues issues={issues} columns={houseImportColumns(m)} />
            <ImportStart m={m} again />
          </>
        ) : (
          <>
            <Alert tone="success">{t("imports.allValid", { count: validCount })}</Alert>
            <ClientMessages paths={IMPORT_FORM_MESSAGES}>
              <ImportCommitForm action={commitHouseImportAction.bind(null, batch.id)} />
            </ClientMessages>
            <section aria-labelledby="import-preview">
              <h2 id="import-preview" className="mb-3 text-lg font-semibold text-ink-900">
                {p.previewTitle}
              </h2>
              <div className="max-w-full overflow-x-auto rounded-lg border border-ink-200 bg-white shadow-sm">
                <table className="w-full min-w-[40rem] text-sm">
                  <caption className="sr-only">{p.previewTable}</caption>
                  <thead className="bg-ink-50 text-ink-600">
                    <tr>
                      {headers.map((header, index) => (
                        <th key={header} scope="col" className={`px-3 py-2 font-semibold ${index === 0 || index === 3 ? "text-right" : "text-left"}`}>
                          {header}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-ink-100">
                    {sample.map((row) => (
                      <tr key={row.row} className="align-top">
                        <td className="px-3 py-2 text-right tabular-nums">{row.row}</td>
                        <td className="min-w-40 px-3 py-2">{row.commune}</td>
                        <td className="min-w-40 px-3 py-2">
                          {row.programme}
                          <span className="block text-ink-600">{h.works[row.work]}</span>
                        </td>
                        <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">{format.vnd(row.value)}</td>
                        <td className="px-3 py-2 whitespace-nowrap">
                          {h.statuses[row.status]}
                          {row.handedOverOn ? <span className="block text-ink-600">{format.date(row.handedOverOn)}</span> : null}
                        </td>
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
