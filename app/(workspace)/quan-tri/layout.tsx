import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { can } from "@/lib/auth/policy";
import { requireViewer } from "@/lib/auth/viewer";

// Convenience mirror of the data layer's rule (every admin data function
// checks it again): for anyone but an admin these pages do not exist, and say
// so with a real 404 before any loading skeleton streams.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  if (!can(await requireViewer(), "administer", { type: "user", committeeId: null })) notFound();
  return children;
}
