import type { ReactNode } from "react";
import { loadCommitteeForChange } from "./load-change";

// Changes to the tree are the admins' (lib/data/committee-changes.ts checks it again).
export default async function CommitteeChangeLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  await loadCommitteeForChange((await params).id);
  return children;
}
