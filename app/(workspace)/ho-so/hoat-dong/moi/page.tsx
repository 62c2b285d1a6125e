import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActivityForm } from "@/components/activities/activity-form";
import { ACTIVITY_FORM_MESSAGES } from "@/components/activities/activity-form-messages";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { createActivityAction } from "@/lib/actions/activities";
import { requireViewer } from "@/lib/auth/viewer";
import { activityFormChoices } from "@/lib/data/activities";
import { ClientMessages } from "@/lib/i18n/server";
import { vietnamToday } from "@/lib/time/vietnam";
import { dayInputValue } from "@/lib/validation/day";
import { clientChoices } from "../form-choices";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("activities"))("new") };
}

export default async function NewActivityPage() {
  const viewer = await requireViewer();
  const [t, choices] = await Promise.all([getTranslations("activities"), activityFormChoices(viewer)]);
  if (choices.committees.length === 0) notFound();
  return (
    <WorkspacePage title={t("new")}>
      <div className="max-w-3xl rounded-lg border border-ink-200 bg-white p-4 shadow-sm sm:p-6">
        <ClientMessages paths={ACTIVITY_FORM_MESSAGES}>
          <ActivityForm action={createActivityAction} choices={clientChoices(choices)} today={dayInputValue(vietnamToday())} userId={viewer.id} />
        </ClientMessages>
      </div>
    </WorkspacePage>
  );
}
