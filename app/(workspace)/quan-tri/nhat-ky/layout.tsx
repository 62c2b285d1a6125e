import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { can } from "@/lib/auth/policy";
import { requireViewer } from "@/lib/auth/viewer";

// The audit trail is the admins' alone (lib/data/audit-log.ts checks it again).
export default async function AuditLayout({ children }: { children: ReactNode }) {
  if (!can(await requireViewer(), "read", { type: "audit", committeeId: null })) notFound();
  return children;
}
