// Errors the data layer raises; actions and pages turn them into answers.
import type { MessageKey } from "@/lib/i18n/message-key";
import type { PeriodLabelValues } from "@/lib/periods/labels";

/** The record does not exist or lies outside what the viewer may see or change. */
export class NotFoundError extends Error {
  constructor(what = "record") {
    super(`${what} not found`);
  }
}

/**
 * The record changed since the viewer read it: the edit is refused, never
 * merged. Records that keep who changed them last name that person and time.
 */
export class StaleRecordError extends Error {
  constructor(readonly changedBy: { name: string; at: Date } | null = null) {
    super("stale record");
  }
}

/** What a refusal names about the approved report that locks a period. */
export type LockingReport = {
  reportId: string;
  /** The report's committee, whose leaders (or those above) can reopen it. */
  committeeName: string;
  /** Values of the catalog's `periods.label` message. */
  period: PeriodLabelValues;
  approvedBy: string | null;
  approvedAt: Date | null;
};

/** The record's date falls in a period an approved report locks: nothing is written. */
export class PeriodLockedError extends Error {
  constructor(readonly report: LockingReport, readonly field?: string) {
    super(`period locked by report ${report.reportId}`);
  }
}

/** A rule of the domain refuses the write (e.g. a user raising their own role); `code` is the catalog key of its message. */
export class RuleViolation extends Error {
  constructor(readonly code: MessageKey, readonly field?: string) {
    super(code);
  }
}
