import type { articleFormChoices } from "@/lib/data/newsroom";
import { getFormat } from "@/lib/i18n/server";

/** The article form's select and checkbox options from the data layer's choices. */
export async function articleFormOptions(choices: Awaited<ReturnType<typeof articleFormChoices>>) {
  const format = await getFormat();
  return {
    committees: choices.committees.map((c) => ({ value: c.id, label: c.name })),
    conferences: choices.conferences.map((c) => ({ value: c.id, label: `${format.date(c.heldOn)} – ${c.title}` })),
    campaigns: choices.campaigns.map((c) => ({ value: c.id, label: c.name })),
    topics: choices.topics.map((topic) => ({ value: topic.id, label: topic.name })),
  };
}
