import type { ReactNode } from "react";
import { loadCommitteeProfile } from "./load-profile";

// The scope check runs here, above the loading boundary: a committee the
// viewer may not read answers 404 before anything streams.
export default async function CommitteeLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  await loadCommitteeProfile((await params).id);
  return children;
}
