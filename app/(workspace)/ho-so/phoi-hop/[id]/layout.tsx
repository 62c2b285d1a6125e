import type { ReactNode } from "react";
import { loadAgreement } from "./load-agreement";

export default async function AgreementLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  await loadAgreement((await params).id);
  return children;
}
