import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { WorkspaceShell } from "@/components/layout/workspace-shell";
import { Alert } from "@/components/ui/alert";
import { USER_MOVES_PATH } from "@/lib/auth/routes";
import { requireViewer } from "@/lib/auth/viewer";
import { workspaceNav } from "@/lib/auth/workspace-nav";
import { getCommitteeName } from "@/lib/data/committees";
import { countPendingUserMoves } from "@/lib/data/user-moves";

export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  const viewer = await requireViewer();
  // Users left on ended committees are never silent: every admin page says so (0 for anyone else).
  const [t, committeeName, pendingMoves] = await Promise.all([getTranslations(), getCommitteeName(viewer), countPendingUserMoves(viewer)]);
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
      {pendingMoves > 0 ? (
        <div className="mx-auto w-full max-w-5xl px-4 pt-4 sm:px-6" data-pending-moves={pendingMoves}>
          <Alert tone="warning">
            {t("accounts.moves.banner", { count: pendingMoves })}{" "}
            <Link href={USER_MOVES_PATH} className="font-semibold text-brand-800 underline underline-offset-2">
              {t("accounts.moves.review")}
            </Link>
          </Alert>
        </div>
      ) : null}
      {children}
    </WorkspaceShell>
  );
}
