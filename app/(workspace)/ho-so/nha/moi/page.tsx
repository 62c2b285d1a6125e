import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { HOUSE_FORM_MESSAGES, NEW_HOUSE_FORM_ID } from "@/components/houses/house-form-messages";
import { HouseForm } from "@/components/houses/house-form";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { createHouseAction } from "@/lib/actions/houses";
import { requireViewer } from "@/lib/auth/viewer";
import { houseFormChoices } from "@/lib/data/houses";
import { defaultRecordCommittee } from "@/lib/data/records/record-access";
import { ClientMessages } from "@/lib/i18n/server";
import { vietnamToday } from "@/lib/time/vietnam";
import { committeeChoices } from "../committee-choices";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("houses"))("new") };
}

export default async function NewHousePage() {
  const viewer = await requireViewer();
  const [t, choices] = await Promise.all([getTranslations("houses"), houseFormChoices(viewer)]);
  if (choices.committees.length === 0) notFound();
  // Quick on a phone: the committee the viewer records for today, a house handed over today.
  const today = vietnamToday();
  return (
    <WorkspacePage title={t("new")} lead={t("lead")}>
      <div className="max-w-3xl">
        <ClientMessages paths={HOUSE_FORM_MESSAGES}>
          <HouseForm
            formId={NEW_HOUSE_FORM_ID}
            userId={viewer.id}
            action={createHouseAction}
            choices={{ ...choices, committees: committeeChoices(choices.committees) }}
            initial={{
              committeeId: defaultRecordCommittee(choices.committees, today) ?? "",
              programmeId: "",
              work: "NEW",
              status: "HANDED_OVER",
              startedOn: "",
              handedOverOn: today.toISOString().slice(0, 10),
              commune: "",
              value: "",
              campaignId: "",
              agreementId: "",
              household: { name: "", category: "", address: "" },
              fundings: [],
            }}
          />
        </ClientMessages>
      </div>
    </WorkspacePage>
  );
}
