import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PARTNER_FORM_MESSAGES } from "@/components/partners/partner-form-messages";
import { PartnerForm } from "@/components/partners/partner-forms";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { updatePartnerAction } from "@/lib/actions/partners";
import { requireViewer } from "@/lib/auth/viewer";
import { listPartnerCommitteeChoices } from "@/lib/data/partners";
import { ClientMessages } from "@/lib/i18n/server";
import { loadPartner } from "../load-partner";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("partners"))("editTitle") };
}

export default async function EditPartnerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer();
  const [partner, t, choices] = await Promise.all([loadPartner(id), getTranslations("partners"), listPartnerCommitteeChoices(viewer)]);
  if (!partner.canUpdate) notFound();
  // The partner's own committee is always offered, even when it is no longer current.
  const committees = choices.some((c) => c.id === partner.committee.id) ? choices : [{ id: partner.committee.id, name: partner.committee.name }, ...choices];
  return (
    <WorkspacePage title={t("editTitle")} lead={partner.name}>
      <div className="max-w-2xl rounded-lg border border-ink-200 bg-white p-5 shadow-sm sm:p-6">
        <ClientMessages paths={PARTNER_FORM_MESSAGES}>
          <PartnerForm action={updatePartnerAction.bind(null, partner.id)} committees={committees} partner={partner} />
        </ClientMessages>
      </div>
    </WorkspacePage>
  );
}
