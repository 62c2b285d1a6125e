import "server-only";
import { getTranslations } from "next-intl/server";
import type { Option } from "@/components/campaigns/campaign-form";
import { can, type Viewer } from "@/lib/auth/policy";
import { recordCommitteeChoices } from "@/lib/data/records/record-access";
import { getFormat } from "@/lib/i18n/server";

/** The ids the campaign forms keep their drafts under. */
export const NEW_CAMPAIGN_FORM = "campaign-new";
export const editCampaignForm = (id: string) => `campaign-${id}`;

/**
 * The committees the viewer may launch a campaign or run a phase for (ended
 * ones labelled with their last day); `current` is kept when the record
 * already names it. Admins may also launch nationwide campaigns.
 */
export async function campaignCommitteeOptions(viewer: Viewer, current?: { id: string; name: string } | null): Promise<{ options: Option[]; nationwide: boolean }> {
  const [committees, t, format] = await Promise.all([recordCommitteeChoices(viewer), getTranslations(), getFormat()]);
  const options = committees.map((c) => ({ value: c.id, label: c.validTo ? t("conferences.endedOn", { name: c.name, date: format.date(c.validTo) }) : c.name }));
  if (current && !options.some((o) => o.value === current.id)) options.unshift({ value: current.id, label: current.name });
  return { options, nationwide: can(viewer, "administer", { type: "record", committeeId: null }) };
}
