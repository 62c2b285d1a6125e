import type { Metadata } from "next";
import { getMessages } from "next-intl/server";
import { ImportPreview } from "@/components/imports/import-preview";
import { commitPartnerImportAction } from "@/lib/actions/partner-import";
import { requireViewer } from "@/lib/auth/viewer";
import { orNotFound } from "@/lib/data/not-found";
import { previewPartnerImport, type PartnerPreviewRow } from "@/lib/data/partner-import";
import { partnerImportColumns } from "@/lib/import/partner-template";
import { ImportStart } from "../import-start";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).partners.importTitle };
}

/** The preview of an uploaded partners file, checked afresh on every view. */
export default async function PartnerImportPreviewPage({ params }: { params: Promise<{ batch: string }> }) {
  const { batch: id } = await params;
  const viewer = await requireViewer();
  const [preview, m] = await Promise.all([orNotFound(previewPartnerImport(viewer, id)), getMessages()]);
  const f = m.partners.fields;
  return (
    <ImportPreview<PartnerPreviewRow>
      m={m}
      title={m.partners.importTitle}
      preview={preview}
      sample={preview.sample}
      columns={[
        {
          header: f.name,
          className: "min-w-52",
          cell: (row) => (
            <>
              {row.name}
              <span className="block text-ink-600">{row.shortName}</span>
            </>
          ),
        },
        { header: f.kind, cell: (row) => m.partners.kinds[row.kind] },
        { header: f.committee, className: "min-w-40", cell: (row) => row.committee },
      ]}
      issueColumns={partnerImportColumns(m)}
      commit={commitPartnerImportAction.bind(null, preview.batch.id)}
      list={{ href: "/doi-tac", label: m.nav.partners }}
      again={<ImportStart m={m} again />}
    />
  );
}
