import type { Metadata } from "next";
import { getMessages } from "next-intl/server";
import { ImportPreview } from "@/components/imports/import-preview";
import { commitCommitteeImportAction } from "@/lib/actions/committee-import";
import { requireViewer } from "@/lib/auth/viewer";
import { previewCommitteeImport, type CommitteePreviewRow } from "@/lib/data/committee-import";
import { orNotFound } from "@/lib/data/not-found";
import { getFormat } from "@/lib/i18n/server";
import { committeeImportColumns } from "@/lib/import/committee-template";
import { ImportStart } from "../import-start";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).committeeAdmin.importTitle };
}

/** The preview of an uploaded committees file (admins), checked afresh on every view. */
export default async function CommitteeImportPreviewPage({ params }: { params: Promise<{ batch: string }> }) {
  const { batch: id } = await params;
  const viewer = await requireViewer();
  const [preview, m, format] = await Promise.all([orNotFound(previewCommitteeImport(viewer, id)), getMessages(), getFormat()]);
  return (
    <ImportPreview<CommitteePreviewRow>
      m={m}
      title={m.committeeAdmin.importTitle}
      preview={preview}
      sample={preview.sample}
      columns={[
        { header: m.committee.fields.name, className: "min-w-52", cell: (row) => row.name },
        { header: m.committee.fields.level, cell: (row) => m.committee.levels[row.level] },
        { header: m.committee.fields.parent, className: "min-w-40", cell: (row) => row.parent ?? "—" },
        { header: m.committeeAdmin.fields.validFrom, className: "whitespace-nowrap", cell: (row) => format.date(row.validFrom) },
      ]}
      issueColumns={committeeImportColumns(m)}
      commit={commitCommitteeImportAction.bind(null, preview.batch.id)}
      list={{ href: "/co-quan", label: m.nav.committees }}
      again={<ImportStart m={m} again />}
    />
  );
}
