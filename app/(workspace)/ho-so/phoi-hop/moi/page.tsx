import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AgreementForm } from "@/components/agreements/agreement-form";
import { AGREEMENT_FORM_MESSAGES } from "@/components/agreements/agreement-form-messages";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { createAgreementAction } from "@/lib/actions/agreements";
import { requireViewer } from "@/lib/auth/viewer";
import { agreementChoices, agreementsToday } from "@/lib/data/agreements";
import { defaultRecordCommittee, recordCommitteeChoices } from "@/lib/data/records/record-access";
import { ClientMessages } from "@/lib/i18n/server";
import { DOCUMENT_MAX_MB } from "@/lib/validation/agreement";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("agreements"))("new") };
}

export default async function NewAgreementPage() {
  const viewer = await requireViewer();
  const [t, keepers, choices] = await Promise.all([getTranslations("agreements"), recordCommitteeChoices(viewer), agreementChoices(viewer)]);
  if (keepers.length === 0) notFound();
  return (
    <WorkspacePage title={t("new")}>
      <div className="max-w-3xl">
        <ClientMessages paths={AGREEMENT_FORM_MESSAGES}>
          <AgreementForm
            action={createAgreementAction}
            choices={{ ...choices, keepers, defaultKeeper: defaultRecordCommittee(keepers, agreementsToday()) }}
            documentMaxMb={DOCUMENT_MAX_MB}
          />
        </ClientMessages>
      </div>
    </WorkspacePage>
  );
}
