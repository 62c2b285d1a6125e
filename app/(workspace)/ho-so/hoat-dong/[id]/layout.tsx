import type { ReactNode } from "react";
import { loadActivity } from "./load-activity";

export default async function ActivityLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  await loadActivity((await params).id);
  return children;
}
