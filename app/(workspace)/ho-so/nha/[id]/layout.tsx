import type { ReactNode } from "react";
import { loadHouse } from "./load-house";

export default async function HouseLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  await loadHouse((await params).id);
  return children;
}
