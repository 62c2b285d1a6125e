import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AgreementForm } from "@/components/agreements/agreement-form";
import { AGREEMENT_FORM_MESSAGES } from "@/components/agreements/agreement-form-messages";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { updateAgreementAction } from "@/lib/actions/agreements";
import { requireViewer } from "@/lib/auth/viewer";
import { agreementChoices } from "@/lib/data/agreements";
import { recordCommitteeChoices } from "@/lib/data/records/record-access";
import { ClientMessages, getFormat } from "@/lib/i18n/server";
import { DOCUMENT_MAX_MB } from "@/lib/validation/agreement";
import { loadAgreement } from "../load-agreement";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agreements"))("editTitle") };
}

export default async function EditAgreementPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer();
  const agreement = await loadAgreement(id);
  if (!agreement.canUpdate) notFound();
  const [t, format, keepers, choices] = await Promise.all([
    getTranslations("agreements"),
    getFormat(),
    recordCommitteeChoices(viewer),
    agreementChoices(viewer, {
      partnerIds: agreement.parties.flatMap((p) => (p.partner ? [p.partner.id] : [])),
      indicatorIds: agreement.tasks.flatMap((task) => (task.indicator ? [task.indicator.id] : [])),
    }),
  ]);
  // The agreement's own committee is always offered, even when the viewer now records under its successor.
  const own = keepers.some((c) => c.id === agreement.committee.id)
    ? keepers
    : [{ ...agreement.committee, validFrom: agreement.signedOn, validTo: null, own: false }, ...keepers];
  return (
    <WorkspacePage title={t("editTitle")} lead={agreement.title}>
      <div className="max-w-3xl">
        <ClientMessages paths={AGREEMENT_FORM_MESSAGES}>
          <AgreementForm
            action={updateAgreementAction.bind(null, agreement.id)}
            choices={{ ...choices, keepers: own, defaultKeeper: agreement.committee.id }}
            documentMaxMb={DOCUMENT_MAX_MB}
            agreement={{
              ...agreement,
              document: agreement.documentFile
                ? { originalName: agreement.documentFile.originalName, size: `${format.number(Math.max(1, Math.round(agreement.documentFile.byteSize / 1024)))} KB` }
                : null,
            }}
          />
        </ClientMessages>
      </div>
    </WorkspacePage>
  );
}
