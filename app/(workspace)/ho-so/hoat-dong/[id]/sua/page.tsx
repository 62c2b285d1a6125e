import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActivityForm } from "@/components/activities/activity-form";
import { ACTIVITY_FORM_MESSAGES } from "@/components/activities/activity-form-messages";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { updateActivityAction } from "@/lib/actions/activities";
import { requireViewer } from "@/lib/auth/viewer";
import { activityFormChoices } from "@/lib/data/activities";
import { ClientMessages } from "@/lib/i18n/server";
import { vietnamToday } from "@/lib/time/vietnam";
import { dayInputValue } from "@/lib/validation/day";
import { clientChoices, formValues } from "../../form-choices";
import { loadActivity } from "../load-activity";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("activities"))("edit") };
}

export default async function EditActivityPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer();
  const activity = await loadActivity(id);
  if (!activity.canUpdate) notFound();
  const [t, choices] = await Promise.all([getTranslations("activities"), activityFormChoices(viewer, activity)]);
  // The record's own committee is always offered, even when the viewer no longer records for it.
  const committees = choices.committees.some((c) => c.id === activity.committeeId)
    ? choices.committees
    : [{ id: activity.committee.id, name: activity.committee.name, validFrom: activity.occurredOn, validTo: null, own: false }, ...choices.committees];
  return (
    <WorkspacePage title={t("edit")} lead={activity.title}>
      <div className="max-w-3xl rounded-lg border border-ink-200 bg-white p-4 shadow-sm sm:p-6">
        <ClientMessages paths={ACTIVITY_FORM_MESSAGES}>
          <ActivityForm
            action={updateActivityAction.bind(null, activity.id)}
            choices={clientChoices({ ...choices, committees })}
            activity={formValues(activity)}
            today={dayInputValue(vietnamToday())}
            userId={viewer.id}
          />
        </ClientMessages>
      </div>
    </WorkspacePage>
  );
}
