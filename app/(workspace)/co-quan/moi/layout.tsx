import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { can } from "@/lib/auth/policy";
import { requireViewer } from "@/lib/auth/viewer";

// Only those who keep the tree add to it (the data layer checks it again).
export default async function NewCommitteeLayout({ children }: { children: ReactNode }) {
  if (!can(await requireViewer(), "create", { type: "committeeTree", committeeId: null })) notFound();
  return children;
}
