import type { ReactNode } from "react";
import { loadCommitteeProfileForEdit } from "../load-profile";

// Only those who may edit the committee see its form; checked above the loading boundary.
export default async function EditCommitteeLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  await loadCommitteeProfileForEdit((await params).id);
  return children;
}
