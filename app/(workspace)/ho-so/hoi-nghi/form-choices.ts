import "server-only";
import { getTranslations } from "next-intl/server";
import { conferenceFormChoices, type ConferenceDetail } from "@/lib/data/conferences";
import { recordCommitteeChoices } from "@/lib/data/records/record-access";
import type { Viewer } from "@/lib/auth/policy";
import { getFormat } from "@/lib/i18n/server";
import { vietnamYear } from "@/lib/time/vietnam";
import { coHostValue } from "@/lib/validation/conference";
import { periodChoices, reviewedPeriodText, type ConferenceChoices, type Option } from "@/components/conferences/conference-choices";

/** The ids the conference forms keep their drafts under. */
export const NEW_CONFERENCE_FORM = "conference-new";
export const editConferenceForm = (id: string) => `conference-${id}`;

/** Years the form offers for the period reviewed: next year back to five years ago. */
const YEARS_BACK = 5;

/** Adds what a saved conference already has to a list of options that lacks it. */
function withCurrent(options: Option[], current: Option | null): Option[] {
  return current && !options.some((o) => o.value === current.value) ? [current, ...options] : options;
}

/**
 * The labelled choices of the conference form for this viewer: the host
 * committees they record for (the ended ones labelled with their last day),
 * co-hosts, periods, agreements and campaigns. On edit, what the conference
 * already names is always offered.
 */
export async function conferenceChoices(viewer: Viewer, conference?: ConferenceDetail): Promise<{ choices: ConferenceChoices; hostIds: { id: string; validFrom: Date; validTo: Date | null; own: boolean; name: string }[] }> {
  const [hosts, found, t, format] = await Promise.all([recordCommitteeChoices(viewer), conferenceFormChoices(viewer), getTranslations(), getFormat()]);
  const named = (name: string, validTo: Date | null) => (validTo ? t("conferences.endedOn", { name, date: format.date(validTo) }) : name);
  const year = vietnamYear();
  const years = Array.from({ length: YEARS_BACK + 2 }, (_, i) => year + 1 - i);
  const periodLabels = {
    year: (y: number) => t("conferences.calendarPeriods", { year: String(y) }),
    period: (values: Parameters<typeof t<"periods.label">>[1]) => t("periods.label", values),
    phases: t("conferences.phases"),
    phase: (campaign: string, phase: string) => t("conferences.phaseName", { campaign, phase }),
  };
  const current = conference?.reviewedPeriod ? { code: conference.reviewedPeriod.code, label: reviewedPeriodText(conference.reviewedPeriod, periodLabels) } : null;
  const hostOptions = withCurrent(
    hosts.map((h) => ({ value: h.id, label: named(h.name, h.validTo) })),
    conference ? { value: conference.committee.id, label: conference.committee.name } : null,
  );
  let committeeOptions = found.committees.map((c) => ({ value: coHostValue({ committeeId: c.id }), label: named(c.name, c.validTo) }));
  let partnerOptions = found.partners.map((p) => ({ value: coHostValue({ partnerId: p.id }), label: p.name }));
  for (const h of conference?.coHosts ?? []) {
    const option = { value: coHostValue(h.type === "committee" ? { committeeId: h.id } : { partnerId: h.id }), label: h.name };
    if (h.type === "committee") committeeOptions = withCurrent(committeeOptions, option);
    else partnerOptions = withCurrent(partnerOptions, option);
  }
  return {
    hostIds: hosts,
    choices: {
      hosts: hostOptions,
      coHosts: [
        { label: t("conferences.coHostCommittees"), options: committeeOptions },
        ...(partnerOptions.length > 0 ? [{ label: t("conferences.coHostPartners"), options: partnerOptions }] : []),
      ],
      periods: periodChoices(years, found.phases, periodLabels, current),
      agreements: withCurrent(
        found.agreements.map((a) => ({ value: a.id, label: a.name })),
        conference?.agreement ? { value: conference.agreement.id, label: conference.agreement.title } : null,
      ),
      campaigns: withCurrent(
        found.campaigns.map((c) => ({ value: c.id, label: c.name })),
        conference?.campaign ? { value: conference.campaign.id, label: conference.campaign.name } : null,
      ),
    },
  };
}
