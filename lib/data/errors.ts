// Errors the data layer raises; actions and pages turn them into answers.
import type { MessageKey } from "@/lib/i18n/message-key";

/** The record does not exist or lies outside what the viewer may see or change. */
export class NotFoundError extends Error {
  constructor(what = "record") {
    super(`${what} not found`);
  }
}

/** The record changed since the viewer read it: the edit is refused, never merged. */
export class StaleRecordError extends Error {
  constructor() {
    super("stale record");
  }
}

/** A rule of the domain refuses the write (e.g. a user raising their own role); `code` is the catalog key of its message. */
export class RuleViolation extends Error {
  constructor(readonly code: MessageKey, readonly field?: string) {
    super(code);
  }
}
