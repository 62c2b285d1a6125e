import type { ReactNode } from "react";
import { loadCampaign } from "./load-campaign";

export default async function CampaignLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  await loadCampaign((await params).id);
  return children;
}
