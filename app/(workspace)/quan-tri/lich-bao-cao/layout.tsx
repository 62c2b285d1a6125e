import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { can } from "@/lib/auth/policy";
import { requireViewer } from "@/lib/auth/viewer";

// The reporting calendar is the admins' alone (lib/data/calendar-settings.ts checks it again).
export default async function ReportingCalendarLayout({ children }: { children: ReactNode }) {
  if (!can(await requireViewer(), "administer", { type: "reportingCalendar", committeeId: null })) notFound();
  return children;
}
