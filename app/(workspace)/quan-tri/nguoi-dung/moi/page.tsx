import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { USER_FORM_MESSAGES } from "@/components/admin/user-form-messages";
import { CreateUserForm } from "@/components/admin/user-forms";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { createUserAction } from "@/lib/actions/users";
import { assignableRoles } from "@/lib/auth/policy";
import { requireViewer } from "@/lib/auth/viewer";
import { orNotFound } from "@/lib/data/not-found";
import { listCommitteeChoices } from "@/lib/data/users";
import { ClientMessages } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("newUser") };
}

export default async function NewUserPage() {
  const viewer = await requireViewer();
  const [t, committees] = await Promise.all([getTranslations("admin"), orNotFound(listCommitteeChoices(viewer))]);
  return (
    <WorkspacePage title={t("newUser")}>
      <div className="max-w-2xl rounded-lg border border-ink-200 bg-white p-5 shadow-sm sm:p-6">
        <ClientMessages paths={USER_FORM_MESSAGES}>
          <CreateUserForm action={createUserAction} committees={committees} roles={assignableRoles(viewer)} />
        </ClientMessages>
      </div>
    </WorkspacePage>
  );
}
