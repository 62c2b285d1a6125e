import type { Metadata } from "next";
import { getMessages } from "next-intl/server";
import { ImportPreview } from "@/components/imports/import-preview";
import { commitActivityImportAction } from "@/lib/actions/activity-import";
import { requireViewer } from "@/lib/auth/viewer";
import { previewActivityImport, type ActivityPreviewRow } from "@/lib/data/activity-import";
import { orNotFound } from "@/lib/data/not-found";
import { getFormat } from "@/lib/i18n/server";
import { activityImportColumns } from "@/lib/import/activity-template";
import { RECORD_PATHS } from "@/lib/records/paths";
import { ImportStart } from "../import-start";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).activities.importTitle };
}

/** The preview of an uploaded activities file, checked afresh on every view (whichever server renders it reads the rows from the database). */
export default async function ActivityImportPreviewPage({ params }: { params: Promise<{ batch: string }> }) {
  const { batch: id } = await params;
  const viewer = await requireViewer();
  const [preview, m, format] = await Promise.all([orNotFound(previewActivityImport(viewer, id)), getMessages(), getFormat()]);
  const f = m.activities.fields;
  return (
    <ImportPreview<ActivityPreviewRow>
      m={m}
      title={m.activities.importTitle}
      preview={preview}
      sample={preview.sample}
      columns={[
        { header: f.occurredOn, className: "whitespace-nowrap", cell: (row) => format.date(row.occurredOn) },
        {
          header: f.title,
          className: "min-w-52",
          cell: (row) => (
            <>
              {row.title}
              <span className="block text-ink-600">{row.indicator}</span>
            </>
          ),
        },
        { header: f.quantity, align: "end", className: "whitespace-nowrap tabular-nums", cell: (row) => `${format.number(Number(row.quantity), { maximumFractionDigits: 2 })} ${row.unit}` },
        { header: f.value, align: "end", className: "whitespace-nowrap tabular-nums", cell: (row) => (row.valueVnd === null ? "—" : format.vnd(row.valueVnd)) },
        { header: f.committee, className: "min-w-40", cell: (row) => row.committee },
      ]}
      issueColumns={activityImportColumns(m)}
      commit={commitActivityImportAction.bind(null, preview.batch.id)}
      list={{ href: RECORD_PATHS.activity, label: m.nav.activities }}
      again={<ImportStart m={m} again />}
    />
  );
}
