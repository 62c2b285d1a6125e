import type { Metadata } from "next";
import { getMessages } from "next-intl/server";
import { ImportPreview } from "@/components/imports/import-preview";
import { commitHouseImportAction } from "@/lib/actions/house-import";
import { requireViewer } from "@/lib/auth/viewer";
import { previewHouseImport, type HousePreviewRow } from "@/lib/data/house-import";
import { orNotFound } from "@/lib/data/not-found";
import { getFormat } from "@/lib/i18n/server";
import { houseImportColumns } from "@/lib/import/house-template";
import { RECORD_PATHS } from "@/lib/records/paths";
import { ImportStart } from "../import-start";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).houses.importTitle };
}

/** The preview of an uploaded houses file, checked afresh on every view; its rows are shown without household details. */
export default async function HouseImportPreviewPage({ params }: { params: Promise<{ batch: string }> }) {
  const { batch: id } = await params;
  const viewer = await requireViewer();
  const [preview, m, format] = await Promise.all([orNotFound(previewHouseImport(viewer, id)), getMessages(), getFormat()]);
  const h = m.houses;
  return (
    <ImportPreview<HousePreviewRow>
      m={m}
      title={h.importTitle}
      preview={preview}
      sample={preview.sample}
      columns={[
        { header: h.fields.commune, className: "min-w-40", cell: (row) => row.commune },
        {
          header: h.fields.programme,
          className: "min-w-40",
          cell: (row) => (
            <>
              {row.programme}
              <span className="block text-ink-600">{h.works[row.work]}</span>
            </>
          ),
        },
        { header: h.fields.value, align: "end", className: "whitespace-nowrap tabular-nums", cell: (row) => format.vnd(row.value) },
        {
          header: m.admin.fields.status,
          className: "whitespace-nowrap",
          cell: (row) => (
            <>
              {h.statuses[row.status]}
              {row.handedOverOn ? <span className="block text-ink-600">{format.date(row.handedOverOn)}</span> : null}
            </>
          ),
        },
        { header: h.fields.committee, className: "min-w-40", cell: (row) => row.committee },
      ]}
      issueColumns={houseImportColumns(m)}
      commit={commitHouseImportAction.bind(null, preview.batch.id)}
      list={{ href: RECORD_PATHS.house, label: m.nav.houses }}
      again={<ImportStart m={m} again />}
    />
  );
}
