import type { AuditAction, AuditEntity } from "@/lib/data/audit-vocabulary";
import type { Messages } from "next-intl";

/** Names of the audit vocabulary: those already in the catalog are reused, not repeated. */
export function auditLabels(m: Messages) {
  const actions: Record<AuditAction, string> = {
    ...m.audit.actions,
    sign_in: m.nav.signIn,
    sign_out: m.nav.signOut,
    change_password: m.nav.account,
    reset_password: m.admin.resetPassword,
    disable: m.admin.disable,
    enable: m.admin.enable,
    rename: m.committee.history.kinds.RENAME,
    end: m.committeeAdmin.end,
    split: m.committee.history.kinds.SPLIT,
    reject: m.comments.moderation.reject,
  };
  const entities: Record<AuditEntity, string> = { user: m.audit.userEntity, committee: m.news.committee, partner: m.nav.partners, report: m.nav.reports, target: m.nav.targets, housingProgramme: m.nav.housingProgrammes, indicator: m.nav.indicators, reportingCalendar: m.nav.reportingCalendar, article: m.nav.editor, comment: m.comments.entity, ...m.records.kinds };
  // Rows written before a name joined the vocabulary show it as stored.
  return {
    actions,
    entities,
    action: (key: string) => (actions as Record<string, string>)[key] ?? key,
    entity: (key: string) => (entities as Record<string, string>)[key] ?? key,
  };
}
