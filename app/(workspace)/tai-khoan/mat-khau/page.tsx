import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { requireViewer } from "@/lib/auth/viewer";
import { ClientMessages } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("account") };
}

export default async function ChangePasswordPage() {
  const viewer = await requireViewer();
  const t = await getTranslations("nav");
  return (
    <WorkspacePage title={t("account")} lead={viewer.email}>
      <div className="max-w-lg rounded-lg border border-ink-200 bg-white p-5 shadow-sm sm:p-6">
        <ClientMessages paths={["account", "nav.account", "common.required", "common.submitting"]}>
          <ChangePasswordForm />
        </ClientMessages>
      </div>
    </WorkspacePage>
  );
}
