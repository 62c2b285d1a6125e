// An agreement's status is computed from its dates, never stored: "ended"
// when a user recorded the day it ended early, "expired" once its last day
// (valid_to) has passed in Vietnam, "not yet in force" before its first day,
// "in force" otherwise. The list computes the same in SQL (agreementStatusSql).

export const AGREEMENT_STATUSES = ["UPCOMING", "IN_FORCE", "EXPIRED", "ENDED"] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** Kinds of conference that review an agreement (sơ kết, tổng kết). */
export const REVIEW_CONFERENCE_KINDS = ["INTERIM_REVIEW", "YEAR_END_REVIEW"] as const;

type Dates = { validFrom: Date; validTo: Date | null; endedOn: Date | null };

/** `today` is Vietnam's (lib/time/vietnam vietnamToday), a date-only value. */
export function agreementStatus({ validFrom, validTo, endedOn }: Dates, today: Date): AgreementStatus {
  if (endedOn) return "ENDED";
  if (validTo && validTo.getTime() < today.getTime()) return "EXPIRED";
  if (validFrom.getTime() > today.getTime()) return "UPCOMING";
  return "IN_FORCE";
}

/** The agreement's last day: the day it ended early, else the end of its term (null: no end). */
export function agreementEnd({ validTo, endedOn }: Pick<Dates, "validTo" | "endedOn">): Date | null {
  if (endedOn && validTo) return endedOn < validTo ? endedOn : validTo;
  return endedOn ?? validTo;
}

/** Past its end and no review conference held: the list and the page flag it. */
export function isUnreviewed(dates: Pick<Dates, "validTo" | "endedOn">, reviewCount: number, today: Date): boolean {
  const end = agreementEnd(dates);
  return end !== null && end.getTime() < today.getTime() && reviewCount === 0;
}
