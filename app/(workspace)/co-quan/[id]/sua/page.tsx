import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { COMMITTEE_FORM_MESSAGES } from "@/components/committee/committee-form-messages";
import { CommitteeProfileForm } from "@/components/committee/committee-profile-form";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { updateCommitteeProfileAction } from "@/lib/actions/committee";
import { ClientMessages } from "@/lib/i18n/server";
import { loadCommitteeProfileForEdit } from "../load-profile";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("committee"))("editTitle") };
}

export default async function EditCommitteePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // Outside the viewer's scope the page does not exist (checked first by the layout).
  const profile = await loadCommitteeProfileForEdit(id);
  const t = await getTranslations("committee");
  return (
    <WorkspacePage title={t("editTitle")} lead={profile.name}>
      <div className="max-w-2xl rounded-lg border border-ink-200 bg-white p-5 shadow-sm sm:p-6">
        <ClientMessages paths={COMMITTEE_FORM_MESSAGES}>
          <CommitteeProfileForm profile={profile} action={updateCommitteeProfileAction} />
        </ClientMessages>
      </div>
    </WorkspacePage>
  );
}
