import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PARTNER_FORM_MESSAGES } from "@/components/partners/partner-form-messages";
import { PartnerForm } from "@/components/partners/partner-forms";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { createPartnerAction } from "@/lib/actions/partners";
import { requireViewer } from "@/lib/auth/viewer";
import { listPartnerCommitteeChoices } from "@/lib/data/partners";
import { ClientMessages } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("partners"))("new") };
}

export default async function NewPartnerPage() {
  const viewer = await requireViewer();
  const [t, committees] = await Promise.all([getTranslations("partners"), listPartnerCommitteeChoices(viewer)]);
  if (committees.length === 0) notFound();
  return (
    <WorkspacePage title={t("new")}>
      <div className="max-w-2xl rounded-lg border border-ink-200 bg-white p-5 shadow-sm sm:p-6">
        <ClientMessages paths={PARTNER_FORM_MESSAGES}>
          <PartnerForm action={createPartnerAction} committees={committees} />
        </ClientMessages>
      </div>
    </WorkspacePage>
  );
}
