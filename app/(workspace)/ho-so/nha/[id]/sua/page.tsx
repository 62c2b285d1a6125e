import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getMessages, getTranslations } from "next-intl/server";
import { editHouseFormId, HOUSE_FORM_MESSAGES } from "@/components/houses/house-form-messages";
import { HouseForm } from "@/components/houses/house-form";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { updateHouseAction } from "@/lib/actions/houses";
import { requireViewer } from "@/lib/auth/viewer";
import { houseFormChoices } from "@/lib/data/houses";
import { ClientMessages } from "@/lib/i18n/server";
import { vndInputValue } from "@/lib/money/parse-vnd";
import { RECORD_PATHS } from "@/lib/records/paths";
import { committeeChoices } from "../../committee-choices";
import { loadHouse } from "../load-house";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("houses"))("edit") };
}

const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : "");

export default async function EditHousePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer();
  const house = await loadHouse(id);
  if (!house.canUpdate) notFound();
  const [m, t, choices] = await Promise.all([getMessages(), getTranslations("houses"), houseFormChoices(viewer, house)]);
  const h = m.houses;
  // The house's own committee is always offered, even when the viewer would not pick it today.
  const offered = committeeChoices(choices.committees);
  const committees = offered.some((c) => c.id === house.committee.id) ? offered : [{ id: house.committee.id, name: house.committee.name }, ...offered];
  const household = house.household;
  return (
    <WorkspacePage title={t("edit")} lead={`${house.programme.name} · ${house.commune}`}>
      <div className="max-w-3xl">
        <ClientMessages paths={HOUSE_FORM_MESSAGES}>
          <HouseForm
            formId={editHouseFormId(house.id)}
            userId={viewer.id}
            action={updateHouseAction.bind(null, house.id)}
            version={house.version}
            choices={{ ...choices, committees }}
            initial={{
              committeeId: house.committeeId,
              programmeId: house.programmeId,
              work: house.work,
              status: house.status,
              startedOn: day(house.startedOn),
              handedOverOn: day(house.handedOverOn),
              commune: house.commune,
              value: vndInputValue(house.valueVnd),
              campaignId: house.campaignId ?? "",
              agreementId: house.agreementId ?? "",
              household: house.canCorrectHousehold && household && !household.erasedAt ? { name: household.name, category: household.category, address: household.address ?? "" } : null,
              fundings: house.fundings.map((f) => ({ contributor: f.contributor, name: f.kind === "other" ? f.contributorName : "", amount: vndInputValue(f.amountVnd) })),
            }}
            savedPhotos={house.photos.map((photo, index) => ({
              id: photo.id,
              src: `${RECORD_PATHS.house}/${house.id}/anh/${photo.id}?co=nho`,
              alt: t("photos.alt", { n: index + 1, commune: house.commune }),
            }))}
            householdNote={
              household ? (
                <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
                  <dt className="font-semibold text-ink-700">{h.fields.householdName}</dt>
                  <dd>{household.erasedAt ? h.household.erased : household.name}</dd>
                  <dt className="font-semibold text-ink-700">{h.fields.householdCategory}</dt>
                  <dd>{household.erasedAt ? m.committee.empty : h.categories[household.category]}</dd>
                  <dt className="font-semibold text-ink-700">{m.committee.fields.address}</dt>
                  <dd>{household.address ?? m.committee.empty}</dd>
                  <dd className="text-ink-600 sm:col-span-2">{household.erasedAt ? null : h.household.readOnly}</dd>
                </dl>
              ) : null
            }
          />
        </ClientMessages>
      </div>
    </WorkspacePage>
  );
}
