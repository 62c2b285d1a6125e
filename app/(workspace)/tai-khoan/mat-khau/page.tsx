import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { requireViewer } from "@/lib/auth/viewer";
import { interpolate } from "@/lib/i18n/interpolate";
import { getMessages } from "@/lib/i18n/server";
import { PASSWORD_MIN_LENGTH } from "@/lib/validation/user";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).nav.account };
}

export default async function ChangePasswordPage() {
  const viewer = await requireViewer();
  const m = await getMessages();
  return (
    <WorkspacePage title={m.nav.account} lead={viewer.email}>
      <div className="max-w-lg rounded-lg border border-ink-200 bg-white p-5 shadow-sm sm:p-6">
        <ChangePasswordForm labels={m.account} submitLabel={m.nav.account} common={m.common} hint={interpolate(m.account.rules, { min: PASSWORD_MIN_LENGTH })} />
      </div>
    </WorkspacePage>
  );
}
