import type { ReactNode } from "react";
import { loadUser } from "./load-user";

export default async function UserLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  await loadUser((await params).id);
  return children;
}
