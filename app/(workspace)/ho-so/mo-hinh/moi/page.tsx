import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { ModelForm } from "@/components/models/model-form";
import { MODEL_FORM_MESSAGES } from "@/components/models/model-form-messages";
import { createModelAction } from "@/lib/actions/models";
import { requireViewer } from "@/lib/auth/viewer";
import { defaultRecordCommittee } from "@/lib/data/records/record-access";
import { ClientMessages } from "@/lib/i18n/server";
import { vietnamToday } from "@/lib/time/vietnam";
import { dayInputValue } from "@/lib/validation/day";
import { modelChoices, NEW_MODEL_FORM } from "../form-choices";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("models"))("new") };
}

export default async function NewModelPage() {
  const viewer = await requireViewer();
  const [t, { choices, committees }] = await Promise.all([getTranslations("models"), modelChoices(viewer)]);
  if (committees.length === 0) notFound();
  // Registered today in Vietnam, for the committee the viewer records for on that day.
  const today = vietnamToday();
  const values = {
    committeeId: defaultRecordCommittee(committees, today) ?? "",
    name: "",
    field: "",
    campaignId: "",
    registeredOn: dayInputValue(today),
    status: "REGISTERED",
    recognitionLevel: "",
    recognisedOn: "",
    description: "",
  };
  return (
    <WorkspacePage title={t("new")}>
      <div className="max-w-3xl rounded-lg border border-ink-200 bg-white p-5 shadow-sm sm:p-6">
        <ClientMessages paths={MODEL_FORM_MESSAGES}>
          <ModelForm action={createModelAction} formId={NEW_MODEL_FORM} userId={viewer.id} values={values} choices={choices} />
        </ClientMessages>
      </div>
    </WorkspacePage>
  );
}
