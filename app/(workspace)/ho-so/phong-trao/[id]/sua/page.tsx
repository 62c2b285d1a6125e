import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { CAMPAIGN_FORM_MESSAGES } from "@/components/campaigns/campaign-form-messages";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { updateCampaignAction } from "@/lib/actions/campaigns";
import { requireViewer } from "@/lib/auth/viewer";
import { ClientMessages } from "@/lib/i18n/server";
import { dayInputValue } from "@/lib/validation/day";
import { campaignCommitteeOptions, editCampaignForm } from "../../form-choices";
import { loadCampaign } from "../load-campaign";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("campaigns"))("editTitle") };
}

export default async function EditCampaignPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer();
  const campaign = await loadCampaign(id);
  if (!campaign.canUpdate) notFound();
  const [t, { options, nationwide }] = await Promise.all([getTranslations("campaigns"), campaignCommitteeOptions(viewer, campaign.committee)]);
  return (
    <WorkspacePage title={t("editTitle")} lead={campaign.name}>
      <div className="max-w-3xl rounded-lg border border-ink-200 bg-white p-5 shadow-sm sm:p-6">
        <ClientMessages paths={CAMPAIGN_FORM_MESSAGES}>
          <CampaignForm
            action={updateCampaignAction.bind(null, campaign.id)}
            formId={editCampaignForm(campaign.id)}
            userId={viewer.id}
            values={{
              committeeId: campaign.committeeId ?? "",
              name: campaign.name,
              startsOn: dayInputValue(campaign.startsOn),
              endsOn: dayInputValue(campaign.endsOn),
              description: campaign.description ?? "",
            }}
            committees={options}
            nationwide={nationwide}
            version={campaign.version}
          />
        </ClientMessages>
      </div>
    </WorkspacePage>
  );
}
