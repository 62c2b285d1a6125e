import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CONFERENCE_FORM_MESSAGES } from "@/components/conferences/conference-form-messages";
import { ConferenceForm } from "@/components/conferences/conference-form";
import type { ConferenceFormValues } from "@/components/conferences/conference-choices";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { createConferenceAction } from "@/lib/actions/conferences";
import { requireViewer } from "@/lib/auth/viewer";
import { defaultRecordCommittee } from "@/lib/data/records/record-access";
import { ClientMessages } from "@/lib/i18n/server";
import { vietnamToday } from "@/lib/time/vietnam";
import { conferenceChoices, NEW_CONFERENCE_FORM } from "../form-choices";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("conferences"))("new") };
}

export default async function NewConferencePage() {
  const viewer = await requireViewer();
  const [t, { choices, hostIds }] = await Promise.all([getTranslations("conferences"), conferenceChoices(viewer)]);
  if (choices.hosts.length === 0) notFound();
  // Today in Vietnam, and the committee the viewer records for on that day.
  const today = vietnamToday();
  const values: ConferenceFormValues = {
    committeeId: defaultRecordCommittee(hostIds, today) ?? "",
    kind: "",
    title: "",
    heldOn: today.toISOString().slice(0, 10),
    startTime: "",
    place: "",
    chairName: "",
    chairTitle: "",
    attendance: "",
    reviewedPeriod: "",
    agreementId: "",
    campaignId: "",
    summary: "",
    conclusions: "",
    directions: "",
    coHosts: [],
  };
  return (
    <WorkspacePage title={t("new")}>
      <div className="max-w-3xl rounded-lg border border-ink-200 bg-white p-5 shadow-sm sm:p-6">
        <ClientMessages paths={CONFERENCE_FORM_MESSAGES}>
          <ConferenceForm action={createConferenceAction} formId={NEW_CONFERENCE_FORM} userId={viewer.id} values={values} choices={choices} />
        </ClientMessages>
      </div>
    </WorkspacePage>
  );
}
