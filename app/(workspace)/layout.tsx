import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { WorkspaceShell } from "@/components/layout/workspace-shell";
import { requireViewer } from "@/lib/auth/viewer";
import { workspaceNav } from "@/lib/auth/workspace-nav";
import { getCommitteeName } from "@/lib/data/committees";

export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  const viewer = await requireViewer();
  const [t, committeeName] = await Promise.all([getTranslations(), getCommitteeName(viewer)]);
  return (
    <WorkspaceShell
      viewerName={viewer.name}
      roleLabel={t(`workspace.roles.${viewer.role}`)}
      committeeName={committeeName ?? undefined}
      navItems={workspaceNav(
        viewer,
        (key) => t(`nav.${key}`),
        (kind) => t(`records.kinds.${kind}`),
      )}
      actions={<SignOutButton label={t("nav.signOut")} pendingLabel={t("auth.signingOut")} />}
    >
      {children}
    </WorkspaceShell>
  );
}
