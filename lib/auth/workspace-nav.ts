import type { WorkspaceNavItem } from "@/components/layout/workspace-shell";
import type { Messages } from "@/lib/i18n/messages";
import { can, readReach, type Viewer } from "./policy";

/** The workspace menu: only pages the viewer may open. */
export function workspaceNav(viewer: Viewer, m: Messages): WorkspaceNavItem[] {
  const admin = can(viewer, "administer", { type: "user", committeeId: null });
  return [
    { href: "/bang-dieu-khien", label: m.nav.dashboard, icon: "dashboard", exact: true },
    ...(viewer.committeeId && readReach(viewer, "record") !== "none"
      ? [{ href: `/co-quan/${viewer.committeeId}`, label: m.nav.committee, icon: "committees" as const }]
      : []),
    ...(admin
      ? [
          { href: "/quan-tri/nguoi-dung", label: m.nav.users, icon: "admin" as const },
          { href: "/quan-tri/nhat-ky", label: m.nav.audit, icon: "audit" as const },
        ]
      : []),
    { href: "/tai-khoan/mat-khau", label: m.nav.account, icon: "account" },
  ];
}
