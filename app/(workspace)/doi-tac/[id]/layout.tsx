import type { ReactNode } from "react";
import { loadPartner } from "./load-partner";

export default async function PartnerLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  await loadPartner((await params).id);
  return children;
}
