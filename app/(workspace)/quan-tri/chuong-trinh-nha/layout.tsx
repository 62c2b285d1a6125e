import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { can } from "@/lib/auth/policy";
import { requireViewer } from "@/lib/auth/viewer";

// The housing programmes are the admins' alone (lib/data/housing-programmes.ts checks it again).
export default async function HousingProgrammesLayout({ children }: { children: ReactNode }) {
  if (!can(await requireViewer(), "administer", { type: "housingProgramme", committeeId: null })) notFound();
  return children;
}
