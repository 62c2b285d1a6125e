import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { can } from "@/lib/auth/policy";
import { requireViewer } from "@/lib/auth/viewer";

// Moving people with the tree is the admins' (lib/data/user-moves.ts checks it again).
export default async function UserMovesLayout({ children }: { children: ReactNode }) {
  if (!can(await requireViewer(), "administer", { type: "user", committeeId: null })) notFound();
  return children;
}
