import type { ReactNode } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { WorkspaceShell } from "@/components/layout/workspace-shell";
import { requireViewer } from "@/lib/auth/viewer";
import { workspaceNav } from "@/lib/auth/workspace-nav";
import { getCommitteeName } from "@/lib/data/committees";
import { getMessages } from "@/lib/i18n/server";

export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  const viewer = await requireViewer();
  const [m, committeeName] = await Promise.all([getMessages(), getCommitteeName(viewer)]);
  return (
    <WorkspaceShell
      viewerName={viewer.name}
      roleLabel={m.workspace.roles[viewer.role]}
      committeeName={committeeName ?? undefined}
      navItems={workspaceNav(viewer, m)}
      actions={<SignOutButton label={m.nav.signOut} pendingLabel={m.auth.signingOut} />}
    >
      {children}
    </WorkspaceShell>
  );
}
