import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { USER_FORM_MESSAGES } from "@/components/admin/user-form-messages";
import { DisableUserForm, EditUserForm, ResetPasswordForm } from "@/components/admin/user-forms";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { resetPasswordAction, setUserDisabledAction, updateUserAction } from "@/lib/actions/users";
import { ACCOUNT_PASSWORD_PATH } from "@/lib/auth/routes";
import { assignableRoles } from "@/lib/auth/policy";
import { requireViewer } from "@/lib/auth/viewer";
import { listCommitteeChoices } from "@/lib/data/users";
import { ClientMessages } from "@/lib/i18n/server";
import { savedNoticeParams } from "@/lib/validation/search-params";
import { loadUser } from "./load-user";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("users") };
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="rounded-lg border border-ink-200 bg-white p-5 shadow-sm sm:p-6">
      <h2 className="mb-4 text-lg font-semibold text-ink-900">{title}</h2>
      {children}
    </section>
  );
}

export default async function UserPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ id }, { saved }] = await Promise.all([params, searchParams.then((raw) => savedNoticeParams.parse(raw))]);
  const viewer = await requireViewer();
  const user = await loadUser(id);
  const [t, tNav, tAccounts, committees] = await Promise.all([getTranslations("admin"), getTranslations("nav"), getTranslations("accounts"), listCommitteeChoices(viewer)]);
  return (
    <WorkspacePage title={user.name} lead={user.email} actions={user.disabledAt ? <Badge tone="danger">{t("disabled")}</Badge> : <Badge tone="success">{t("active")}</Badge>}>
      {saved ? (
        <Alert tone="success" className="mb-4">
          {t("saved")}
        </Alert>
      ) : null}
      {user.mustChangePassword ? (
        <Alert tone="info" className="mb-4">
          {tAccounts("mustChange")}
        </Alert>
      ) : null}
      <ClientMessages paths={USER_FORM_MESSAGES}>
      <div className="grid max-w-3xl gap-6">
        <Section title={t("profileSection")}>
          <EditUserForm user={user} action={updateUserAction.bind(null, user.id)} committees={committees} roles={assignableRoles(viewer)} isSelf={user.id === viewer.id} />
        </Section>
        <Section title={t("resetPassword")}>
          {user.id === viewer.id ? (
            <p className="text-sm text-ink-700">
              {t("ownPasswordNote")}{" "}
              <Link href={ACCOUNT_PASSWORD_PATH} className="font-semibold text-brand-800 underline">
                {tNav("account")}
              </Link>
            </p>
          ) : (
            <ResetPasswordForm user={user} action={resetPasswordAction.bind(null, user.id)} />
          )}
        </Section>
        {user.id !== viewer.id ? (
          <Section title={t("accessSection")}>
            <DisableUserForm user={user} action={setUserDisabledAction.bind(null, user.id)} />
          </Section>
        ) : null}
      </div>
      </ClientMessages>
    </WorkspacePage>
  );
}
