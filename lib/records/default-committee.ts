// Which committee a record form proposes for a date. Pure, so the server
// (record-access) and the forms in the browser (as the date changes) agree.

export type DatedChoice = { id: string; validFrom: Date; validTo: Date | null; own: boolean };

/** The committee a form proposes for a date: the viewer's own if alive then, else the first carried predecessor alive then. */
export function defaultRecordCommittee(choices: readonly DatedChoice[], on: Date): string | null {
  const alive = choices.filter((c) => c.validFrom <= on && (c.validTo === null || c.validTo >= on));
  return (alive.find((c) => c.own) ?? alive[0] ?? choices.find((c) => c.own) ?? choices[0])?.id ?? null;
}
