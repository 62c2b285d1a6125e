import "server-only";
import { getTranslations } from "next-intl/server";
import type { ModelFormChoices, ModelFormValues, Option } from "@/components/models/model-form";
import type { Viewer } from "@/lib/auth/policy";
import { listCampaignChoices } from "@/lib/data/conferences";
import type { ModelDetail } from "@/lib/data/models";
import { recordCommitteeChoices, type RecordCommitteeChoice } from "@/lib/data/records/record-access";
import { getFormat } from "@/lib/i18n/server";
import { dayInputValue } from "@/lib/validation/day";

/** The ids the model forms keep their drafts under. */
export const NEW_MODEL_FORM = "model-new";
export const editModelForm = (id: string) => `model-${id}`;

/** Adds what a saved model already names to a list of options that lacks it. */
function withCurrent(options: Option[], current: Option | null): Option[] {
  return current && !options.some((o) => o.value === current.value) ? [current, ...options] : options;
}

/** The model form's choices for this viewer: the committees they record for (ended ones with their last day) and the campaigns they read. */
export async function modelChoices(viewer: Viewer, model?: ModelDetail): Promise<{ choices: ModelFormChoices; committees: RecordCommitteeChoice[] }> {
  const [committees, campaigns, t, format] = await Promise.all([recordCommitteeChoices(viewer), listCampaignChoices(viewer), getTranslations(), getFormat()]);
  const named = (name: string, validTo: Date | null) => (validTo ? t("conferences.endedOn", { name, date: format.date(validTo) }) : name);
  return {
    committees,
    choices: {
      committees: withCurrent(
        committees.map((c) => ({ value: c.id, label: named(c.name, c.validTo) })),
        model ? { value: model.committee.id, label: model.committee.name } : null,
      ),
      committeeDays: committees.map((c) => ({ id: c.id, validFrom: dayInputValue(c.validFrom), validTo: c.validTo ? dayInputValue(c.validTo) : null, own: c.own })),
      campaigns: withCurrent(
        campaigns.map((c) => ({ value: c.id, label: c.name })),
        model?.campaign ? { value: model.campaign.id, label: model.campaign.name } : null,
      ),
    },
  };
}

/** The form's values from a saved model. */
export function modelFormValues(model: ModelDetail): ModelFormValues {
  return {
    committeeId: model.committeeId,
    name: model.name,
    field: model.field,
    campaignId: model.campaign?.id ?? "",
    registeredOn: dayInputValue(model.registeredOn),
    status: model.status,
    recognitionLevel: model.recognitionLevel ?? "",
    recognisedOn: dayInputValue(model.recognisedOn),
    description: model.description ?? "",
  };
}
