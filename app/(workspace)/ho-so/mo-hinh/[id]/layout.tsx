import type { ReactNode } from "react";
import { loadModel } from "./load-model";

export default async function ModelLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  await loadModel((await params).id);
  return children;
}
