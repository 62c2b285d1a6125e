"use client";

import { useRef } from "react";
import { defaultRecordCommittee } from "@/lib/records/default-committee";

/** A committee the viewer records for, with its life as days (yyyy-mm-dd). */
export type DatedCommitteeChoice = { id: string; validFrom: string; validTo: string | null; own: boolean };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

/**
 * The committee select of a record form follows the record's date until the
 * user picks one: a date before the viewer's committee existed proposes the
 * predecessor it acts for (the same rule as the server's default).
 */
export function useCommitteeForDay(committees: readonly DatedCommitteeChoice[]) {
  const ref = useRef<HTMLSelectElement>(null);
  const chosen = useRef(false);
  return {
    ref,
    onChosen: () => {
      chosen.current = true;
    },
    proposeFor: (day: string) => {
      if (chosen.current || !ref.current || !DAY.test(day)) return;
      const dated = committees.map((c) => ({ id: c.id, validFrom: asDate(c.validFrom), validTo: c.validTo ? asDate(c.validTo) : null, own: c.own }));
      const proposed = defaultRecordCommittee(dated, asDate(day));
      if (proposed) ref.current.value = proposed;
    },
  };
}
