import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { Alert } from "@/components/ui/alert";
import { mustChangePassword, requireViewer } from "@/lib/auth/viewer";
import { ClientMessages } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("account") };
}

export default async function ChangePasswordPage() {
  const viewer = await requireViewer();
  const [t, accounts, mustChange] = await Promise.all([getTranslations("nav"), getTranslations("accounts"), mustChangePassword()]);
  return (
    <WorkspacePage title={t("account")} lead={viewer.email}>
      {/* After a reset, every other page leads here until the user has a password of their own. */}
      {mustChange ? (
        <Alert tone="warning" className="mb-4 max-w-lg">
          {accounts("changeRequired")}
        </Alert>
      ) : null}
      <div className="max-w-lg rounded-lg border border-ink-200 bg-white p-5 shadow-sm sm:p-6">
        <ClientMessages paths={["account", "nav.account", "common.required", "common.submitting"]}>
          <ChangePasswordForm />
        </ClientMessages>
      </div>
    </WorkspacePage>
  );
}
