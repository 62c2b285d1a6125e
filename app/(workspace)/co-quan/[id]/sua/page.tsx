import type { Metadata } from "next";
import { CommitteeProfileForm } from "@/components/committee/committee-profile-form";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { updateCommitteeProfileAction } from "@/lib/actions/committee";
import { loadCommitteeProfileForEdit } from "../load-profile";
import { getMessages } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).committee.editTitle };
}

export default async function EditCommitteePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // Outside the viewer's scope the page does not exist (checked first by the layout).
  const profile = await loadCommitteeProfileForEdit(id);
  const m = await getMessages();
  return (
    <WorkspacePage title={m.committee.editTitle} lead={profile.name}>
      <div className="max-w-2xl rounded-lg border border-ink-200 bg-white p-5 shadow-sm sm:p-6">
        <CommitteeProfileForm profile={profile} action={updateCommitteeProfileAction} labels={m.committee} common={m.common} emailLabel={m.auth.email} />
      </div>
    </WorkspacePage>
  );
}
