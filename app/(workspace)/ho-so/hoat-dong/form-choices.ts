import "server-only";
import type { ActivityFormChoices as ClientChoices, ActivityFormValues } from "@/components/activities/activity-form";
import type { ActivityDetail, ActivityFormChoices } from "@/lib/data/activities";
import { vndInputValue } from "@/lib/money/parse-vnd";
import { dayInputValue } from "@/lib/validation/day";

/** The form's choices as the browser gets them: dates as yyyy-mm-dd. */
export function clientChoices(choices: ActivityFormChoices): ClientChoices {
  return {
    ...choices,
    committees: choices.committees.map((c) => ({ id: c.id, name: c.name, own: c.own, validFrom: dayInputValue(c.validFrom), validTo: c.validTo ? dayInputValue(c.validTo) : null })),
    indicators: choices.indicators.map((i) => ({ id: i.id, name: i.name, unit: i.unit, source: i.source })),
  };
}

/** A stored activity as the edit form's inputs hold it ("2,5", "950.000.000", "2024-05-19"). */
export function formValues(activity: ActivityDetail): ActivityFormValues {
  return {
    id: activity.id,
    version: activity.version,
    committeeId: activity.committeeId,
    indicatorId: activity.indicatorId,
    title: activity.title,
    occurredOn: dayInputValue(activity.occurredOn),
    quantity: activity.quantity.replace(".", ","),
    valueVnd: vndInputValue(activity.valueVnd),
    beneficiaries: activity.beneficiaries === null ? "" : String(activity.beneficiaries),
    place: activity.place ?? "",
    description: activity.description ?? "",
    campaignId: activity.campaignId ?? "",
    agreementId: activity.agreementId ?? "",
    conferenceId: activity.conferenceId ?? "",
    partnerIds: activity.partners.map((p) => p.id),
    committeeIds: activity.coOrganisers.map((c) => c.id),
  };
}
