import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { can } from "@/lib/auth/policy";
import { requireViewer } from "@/lib/auth/viewer";

// The indicator catalog is the admins' alone (lib/data/indicators.ts checks it again).
export default async function IndicatorsLayout({ children }: { children: ReactNode }) {
  if (!can(await requireViewer(), "administer", { type: "indicator", committeeId: null })) notFound();
  return children;
}
