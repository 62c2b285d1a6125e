import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DeletePhaseForm, PhaseForm } from "@/components/campaigns/campaign-form";
import { CAMPAIGN_FORM_MESSAGES } from "@/components/campaigns/campaign-form-messages";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { deletePhaseAction, updatePhaseAction } from "@/lib/actions/campaigns";
import { requireViewer } from "@/lib/auth/viewer";
import { ClientMessages } from "@/lib/i18n/server";
import { dayInputValue } from "@/lib/validation/day";
import { campaignCommitteeOptions } from "../../../form-choices";
import { loadCampaign } from "../../load-campaign";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("campaigns.phases"))("editTitle") };
}

export default async function EditPhasePage({ params }: { params: Promise<{ id: string; phaseId: string }> }) {
  const { id, phaseId } = await params;
  const viewer = await requireViewer();
  const campaign = await loadCampaign(id);
  const phase = campaign.phases.find((p) => p.id === phaseId);
  if (!phase || !phase.canUpdate) notFound();
  const [t, { options }] = await Promise.all([getTranslations("campaigns.phases"), campaignCommitteeOptions(viewer, phase.committee)]);
  return (
    <WorkspacePage title={t("editTitle")} lead={`${campaign.name}: ${phase.name}`}>
      <ClientMessages paths={CAMPAIGN_FORM_MESSAGES}>
        <div className="grid max-w-3xl gap-6">
          <div className="rounded-lg border border-ink-200 bg-white p-5 shadow-sm sm:p-6">
            <PhaseForm
              action={updatePhaseAction.bind(null, campaign.id, phase.id)}
              values={{ committeeId: phase.committee.id, name: phase.name, startsOn: dayInputValue(phase.startsOn), endsOn: dayInputValue(phase.endsOn) }}
              committees={options}
              version={phase.version}
            />
          </div>
          <div className="rounded-lg border border-danger-700/30 bg-white p-5 shadow-sm sm:p-6">
            <DeletePhaseForm action={deletePhaseAction.bind(null, campaign.id, phase.id)} version={phase.version} />
          </div>
        </div>
      </ClientMessages>
    </WorkspacePage>
  );
}
