// What the conference form offers, as labelled options built on the server
// (the client form reads no period or committee logic), and the form's
// values from a conference.
import { formatPeriodCode, periodLabelValues, type CalendarPeriodCode, type CalendarPeriodKind } from "@/lib/periods";
import { coHostValue } from "@/lib/validation/conference";
import { timeText } from "@/lib/validation/record";

export type Option = { value: string; label: string };
/** Options under a heading (an optgroup), or loose when `label` is null. */
export type OptionGroup = { label: string | null; options: Option[] };

export type ConferenceChoices = {
  hosts: Option[];
  coHosts: OptionGroup[];
  periods: OptionGroup[];
  agreements: Option[];
  campaigns: Option[];
};

export type ConferenceFormValues = {
  committeeId: string;
  kind: string;
  title: string;
  heldOn: string;
  startTime: string;
  place: string;
  chairName: string;
  chairTitle: string;
  attendance: string;
  reviewedPeriod: string;
  agreementId: string;
  campaignId: string;
  summary: string;
  conclusions: string;
  directions: string;
  /** coHostValue() of each co-host, in order. */
  coHosts: string[];
};

/** The kinds a conference reviews, in the order of a year: the year, halves, nine months, quarters. */
const REVIEWED_KINDS: readonly CalendarPeriodKind[] = ["YEAR", "HALF_YEAR", "NINE_MONTHS", "QUARTER"];

const PER_YEAR: Record<CalendarPeriodKind, number> = { YEAR: 1, HALF_YEAR: 2, NINE_MONTHS: 1, QUARTER: 4, MONTH: 12 };

export type PeriodLabels = {
  /** "Kỳ báo cáo năm 2023" */
  year: (year: number) => string;
  /** "6 tháng đầu năm 2023" */
  period: (values: ReturnType<typeof periodLabelValues>) => string;
  phases: string;
  phase: (campaign: string, phase: string) => string;
};

/**
 * The periods a conference may review: the years, halves, nine months and
 * quarters of `years` (newest first), each year a group, then the campaign
 * phases the viewer reads. A period already chosen (a month, say) that the
 * list lacks is kept as the first option.
 */
export function periodChoices(years: readonly number[], phases: readonly { code: string; name: string; campaignName: string }[], labels: PeriodLabels, current?: { code: string; label: string } | null): OptionGroup[] {
  const groups: OptionGroup[] = years.map((year) => ({
    label: labels.year(year),
    options: REVIEWED_KINDS.flatMap((kind) =>
      Array.from({ length: PER_YEAR[kind] }, (_, i): Option => {
        const code: CalendarPeriodCode = { kind, year, sequence: i + 1 };
        return { value: formatPeriodCode(code), label: labels.period(periodLabelValues(kind, year, i + 1)) };
      }),
    ),
  }));
  if (phases.length > 0) groups.push({ label: labels.phases, options: phases.map((p) => ({ value: p.code, label: labels.phase(p.campaignName, p.name) })) });
  if (current && !groups.some((group) => group.options.some((option) => option.value === current.code))) {
    groups.unshift({ label: null, options: [{ value: current.code, label: current.label }] });
  }
  return groups;
}

/** The form's values of a saved conference. */
export function conferenceFormValues(conference: {
  committeeId: string;
  kind: string;
  title: string;
  heldOn: Date;
  startTime: Date | null;
  place: string | null;
  chairName: string | null;
  chairTitle: string | null;
  attendance: number | null;
  reviewedPeriod: { code: string } | null;
  agreement: { id: string } | null;
  campaign: { id: string } | null;
  summary: string | null;
  conclusions: string | null;
  directions: string | null;
  coHosts: { type: "committee" | "partner"; id: string }[];
}): ConferenceFormValues {
  return {
    committeeId: conference.committeeId,
    kind: conference.kind,
    title: conference.title,
    heldOn: conference.heldOn.toISOString().slice(0, 10),
    startTime: timeText(conference.startTime),
    place: conference.place ?? "",
    chairName: conference.chairName ?? "",
    chairTitle: conference.chairTitle ?? "",
    attendance: conference.attendance === null ? "" : String(conference.attendance),
    reviewedPeriod: conference.reviewedPeriod?.code ?? "",
    agreementId: conference.agreement?.id ?? "",
    campaignId: conference.campaign?.id ?? "",
    summary: conference.summary ?? "",
    conclusions: conference.conclusions ?? "",
    directions: conference.directions ?? "",
    coHosts: conference.coHosts.map((h) => coHostValue(h.type === "committee" ? { committeeId: h.id } : { partnerId: h.id })),
  };
}

/** The name of the period a conference reviews: "6 tháng đầu năm 2023", or a campaign phase's own name. */
export function reviewedPeriodText(
  period: { kind: CalendarPeriodKind | "PHASE"; year: number; sequence: number; phase?: { name: string; campaignName: string } | null; phaseName?: string | null },
  labels: Pick<PeriodLabels, "period" | "phase">,
): string {
  if (period.kind === "PHASE") {
    if (period.phase) return labels.phase(period.phase.campaignName, period.phase.name);
    if (period.phaseName) return period.phaseName;
  }
  return labels.period(periodLabelValues(period.kind, period.year, period.sequence));
}
