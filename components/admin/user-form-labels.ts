import type { Messages } from "@/lib/i18n/messages";
import type { UserFormLabels } from "./user-forms";

export function userFormLabels(m: Messages): UserFormLabels {
  return { ...m.admin, email: m.auth.email, role: m.workspace.role, committee: m.news.committee, newPassword: m.account.new, ownRole: m.validation.ownRole };
}
