import type { Messages } from "next-intl";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { IMPORT_FORM_MESSAGES } from "@/components/imports/import-form-messages";
import { ImportCommitForm } from "@/components/imports/import-forms";
import { ImportIssues } from "@/components/imports/import-issues";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { Alert } from "@/components/ui/alert";
import type { FormState } from "@/lib/actions/form-state-shape";
import { ClientMessages, getFormat } from "@/lib/i18n/server";
import { rowsWithIssues, type ImportColumn, type ImportIssue } from "@/lib/import/types";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

export type PreviewColumn<Row> = { header: string; align?: "end"; className?: string; cell: (row: Row) => ReactNode };

/**
 * The preview of an uploaded file, the same for every record type: a
 * committed batch is only described (with a link to its list); a batch with
 * errors lists them by row and column above the upload of the corrected file
 * (`again`); a valid one shows "Ghi tất cả" and its first rows.
 */
export async function ImportPreview<Row extends { row: number }>({
  m,
  title,
  preview,
  columns,
  sample,
  issueColumns,
  commit,
  list,
  again,
}: {
  m: Messages;
  title: string;
  preview: {
    batch: { fileName: string; rowCount: number; committedAt: Date | null; committedCount: number | null };
    issues: readonly ImportIssue[];
    validCount: number;
  };
  columns: readonly PreviewColumn<Row>[];
  sample: readonly Row[];
  issueColumns: readonly ImportColumn[];
  commit: Action;
  list: { href: string; label: string };
  again: ReactNode;
}) {
  const [t, format] = await Promise.all([getTranslations(), getFormat()]);
  const { batch, issues, validCount } = preview;
  const p = m.imports;
  const align = (column: PreviewColumn<Row>) => (column.align === "end" ? "text-right" : "text-left");
  return (
    <WorkspacePage title={title} lead={t("imports.summary", { file: batch.fileName, count: batch.rowCount })}>
      <div className="grid gap-6">
        {batch.committedAt ? (
          <Alert tone="success">
            {t("imports.committedAt", { count: batch.committedCount ?? 0, at: format.dateTime(batch.committedAt) })}{" "}
            <Link href={list.href} className="font-semibold underline">
              {list.label}
            </Link>
          </Alert>
        ) : issues.length > 0 ? (
          <>
            <Alert tone="danger">{t("imports.hasErrors", { count: rowsWithIssues(issues) })}</Alert>
            <ImportIssues issues={issues} columns={issueColumns} />
            {again}
          </>
        ) : (
          <>
            <Alert tone="success">{t("imports.allValid", { count: validCount })}</Alert>
            <ClientMessages paths={IMPORT_FORM_MESSAGES}>
              <ImportCommitForm action={commit} />
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
                      <th scope="col" className="px-3 py-2 text-right font-semibold">
                        {p.row}
                      </th>
                      {columns.map((column) => (
                        <th key={column.header} scope="col" className={`px-3 py-2 font-semibold ${align(column)}`}>
                          {column.header}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-ink-100">
                    {sample.map((row) => (
                      <tr key={row.row} className="align-top">
                        <td className="px-3 py-2 text-right tabular-nums">{row.row}</td>
                        {columns.map((column) => (
                          <td key={column.header} className={`px-3 py-2 ${align(column)} ${column.className ?? ""}`}>
                            {column.cell(row)}
                          </td>
                        ))}
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
