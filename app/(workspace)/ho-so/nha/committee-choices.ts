import type { CommitteeChoice } from "@/components/houses/house-form";
import type { RecordCommitteeChoice } from "@/lib/data/records/record-access";

const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);

/** The committees the viewer records for, as the house form takes them (their life as days). */
export function committeeChoices(choices: readonly RecordCommitteeChoice[]): CommitteeChoice[] {
  return choices.map((c) => ({ id: c.id, name: c.name, validFrom: day(c.validFrom) ?? undefined, validTo: day(c.validTo), own: c.own }));
}
