// No server-only import: URL schemas and pages share this vocabulary.
// The audit trail's vocabulary: every event uses one of these, and the log
// page offers them as filters (no scan of the table for distinct values).
export const AUDIT_ACTIONS = [
  "sign_in",
  "sign_in_failed",
  "sign_in_throttled",
  "sign_out",
  "create",
  "update",
  "delete",
  "disable",
  "enable",
  "reset_password",
  "change_password",
  "change_password_failed",
  "merge",
  "restore",
  "erase_personal_data",
  "rename",
  "move",
  "end",
  "split",
  "import",
  // A download that holds personal data (household details of houses).
  "export",
  // The steps of a period report.
  "submit",
  "approve",
  "return",
  "reopen",
  // The newsroom: an article goes live (now or at a set time) and is taken down.
  "publish",
  "withdraw",
  // Readers' comments: approve (above) or reject.
  "reject",
] as const;
export const AUDIT_ENTITIES = ["user", "committee", "partner", "agreement", "conference", "campaign", "model", "house", "housingProgramme", "activity", "report", "target", "indicator", "reportingCalendar", "article", "comment"] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

