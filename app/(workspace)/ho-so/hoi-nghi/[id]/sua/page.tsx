import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { conferenceFormValues } from "@/components/conferences/conference-choices";
import { CONFERENCE_FORM_MESSAGES } from "@/components/conferences/conference-form-messages";
import { ConferenceForm } from "@/components/conferences/conference-form";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { updateConferenceAction } from "@/lib/actions/conferences";
import { requireViewer } from "@/lib/auth/viewer";
import { ClientMessages } from "@/lib/i18n/server";
import { conferencePhotoPath } from "@/lib/records/paths";
import { conferenceChoices, editConferenceForm } from "../../form-choices";
import { loadConference } from "../load-conference";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("conferences"))("editTitle") };
}

export default async function EditConferencePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer();
  const conference = await loadConference(id);
  if (!conference.canUpdate) notFound();
  const [t, { choices }] = await Promise.all([getTranslations("conferences"), conferenceChoices(viewer, conference)]);
  return (
    <WorkspacePage title={t("editTitle")} lead={conference.title}>
      <div className="max-w-3xl rounded-lg border border-ink-200 bg-white p-5 shadow-sm sm:p-6">
        <ClientMessages paths={CONFERENCE_FORM_MESSAGES}>
          <ConferenceForm
            action={updateConferenceAction.bind(null, conference.id)}
            formId={editConferenceForm(conference.id)}
            userId={viewer.id}
            values={conferenceFormValues(conference)}
            choices={choices}
            version={conference.version}
            photos={conference.photos.map((photo) => ({ id: photo.id, src: conferencePhotoPath(conference.id, photo.id, "thumbnail") }))}
          />
        </ClientMessages>
      </div>
    </WorkspacePage>
  );
}
