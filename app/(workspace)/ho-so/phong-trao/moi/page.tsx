import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { CAMPAIGN_FORM_MESSAGES } from "@/components/campaigns/campaign-form-messages";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { createCampaignAction } from "@/lib/actions/campaigns";
import { requireViewer } from "@/lib/auth/viewer";
import { ClientMessages } from "@/lib/i18n/server";
import { vietnamToday } from "@/lib/time/vietnam";
import { dayInputValue } from "@/lib/validation/day";
import { campaignCommitteeOptions, NEW_CAMPAIGN_FORM } from "../form-choices";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("campaigns"))("new") };
}

export default async function NewCampaignPage() {
  const viewer = await requireViewer();
  const [t, { options, nationwide }] = await Promise.all([getTranslations("campaigns"), campaignCommitteeOptions(viewer)]);
  if (options.length === 0) notFound();
  const own = options.find((o) => o.value === viewer.committeeId) ?? options[0];
  return (
    <WorkspacePage title={t("new")}>
      <div className="max-w-3xl rounded-lg border border-ink-200 bg-white p-5 shadow-sm sm:p-6">
        <ClientMessages paths={CAMPAIGN_FORM_MESSAGES}>
          <CampaignForm
            action={createCampaignAction}
            formId={NEW_CAMPAIGN_FORM}
            userId={viewer.id}
            values={{ committeeId: nationwide ? "" : (own?.value ?? ""), name: "", startsOn: dayInputValue(vietnamToday()), endsOn: "", description: "" }}
            committees={options}
            nationwide={nationwide}
          />
        </ClientMessages>
      </div>
    </WorkspacePage>
  );
}
