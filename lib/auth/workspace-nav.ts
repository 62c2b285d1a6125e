import type { WorkspaceNavItem } from "@/components/layout/workspace-shell";
import type { NavLabel } from "@/components/layout/public-nav";
import { can, readReach, type Viewer } from "./policy";
import type { RecordKind } from "@/lib/data/records/record-kinds";
import { DELETED_RECORDS_PATH, HOUSING_PROGRAMMES_PATH, INDICATORS_PATH, NEWSROOM_PATH, RECORD_PATHS, REPORTING_CALENDAR_PATH, REPORTS_PATH, TARGETS_PATH } from "@/lib/records/paths";
import { ACCOUNT_PASSWORD_PATH, HOME_AFTER_SIGN_IN } from "./routes";

/** The workspace menu: only pages the viewer may open. Record lists are named by their kind (`records.kinds`). */
export function workspaceNav(viewer: Viewer, label: NavLabel, recordLabel: (kind: RecordKind) => string): WorkspaceNavItem[] {
  const readsRecords = readReach(viewer, "record") !== "none";
  const admin = can(viewer, "administer", { type: "user", committeeId: null });
  return [
    { href: HOME_AFTER_SIGN_IN, label: label("dashboard"), icon: "dashboard", exact: true },
    ...(readReach(viewer, "target") !== "none" ? [{ href: TARGETS_PATH, label: label("targets"), icon: "records" as const }] : []),
    ...(readReach(viewer, "report") !== "none" ? [{ href: REPORTS_PATH, label: label("reports"), icon: "records" as const }] : []),
    ...(viewer.committeeId && readsRecords
      ? [{ href: `/co-quan/${viewer.committeeId}`, label: label("committee"), icon: "committees" as const }]
      : []),
    ...(can(viewer, "read", { type: "committeeTree", committeeId: null })
      ? [{ href: "/co-quan", label: label("committees"), icon: "tree" as const, exact: true }]
      : []),
    ...(readReach(viewer, "partner") !== "none" ? [{ href: "/doi-tac", label: label("partners"), icon: "partners" as const }] : []),
    ...(readsRecords ? [{ href: RECORD_PATHS.agreement, label: label("agreements"), icon: "records" as const }] : []),
    ...(readsRecords ? [{ href: RECORD_PATHS.conference, label: recordLabel("conference"), icon: "conferences" as const }] : []),
    ...(readsRecords ? [{ href: RECORD_PATHS.campaign, label: recordLabel("campaign"), icon: "records" as const }] : []),
    ...(readsRecords ? [{ href: RECORD_PATHS.model, label: recordLabel("model"), icon: "records" as const }] : []),
    ...(readsRecords ? [{ href: RECORD_PATHS.house, label: label("houses"), icon: "house" as const }] : []),
    ...(readsRecords ? [{ href: RECORD_PATHS.activity, label: label("activities"), icon: "records" as const }] : []),
    ...(readReach(viewer, "article") !== "none" ? [{ href: NEWSROOM_PATH, label: label("editor"), icon: "editor" as const }] : []),
    // Admins, and a province committee's leaders for the accounts of its subtree.
    ...(readReach(viewer, "user") !== "none" ? [{ href: "/quan-tri/nguoi-dung", label: label("users"), icon: "admin" as const }] : []),
    ...(admin ? [{ href: "/quan-tri/nhat-ky", label: label("audit"), icon: "audit" as const }] : []),
    ...(admin ? [{ href: DELETED_RECORDS_PATH, label: label("deletedRecords"), icon: "trash" as const }] : []),
    ...(admin ? [{ href: HOUSING_PROGRAMMES_PATH, label: label("housingProgrammes"), icon: "house" as const }] : []),
    ...(can(viewer, "administer", { type: "indicator", committeeId: null }) ? [{ href: INDICATORS_PATH, label: label("indicators"), icon: "audit" as const }] : []),
    ...(can(viewer, "administer", { type: "reportingCalendar", committeeId: null }) ? [{ href: REPORTING_CALENDAR_PATH, label: label("reportingCalendar"), icon: "audit" as const }] : []),
    { href: ACCOUNT_PASSWORD_PATH, label: label("account"), icon: "account" },
  ];
}
