import type { ReactNode } from "react";
import { loadConference } from "./load-conference";

export default async function ConferenceLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  await loadConference((await params).id);
  return children;
}
