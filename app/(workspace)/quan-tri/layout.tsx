import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { readReach } from "@/lib/auth/policy";
import { requireViewer } from "@/lib/auth/viewer";

// Convenience mirror of the data layer's rules (every data function checks
// them again): the admin section exists for those who keep accounts (admins,
// and a province committee's leaders for its subtree); each part narrows it
// further in its own layout. Others get a real 404 before any skeleton streams.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  if (readReach(await requireViewer(), "user") === "none") notFound();
  return children;
}
