import type { Metadata } from "next";
import { CreateUserForm } from "@/components/admin/user-forms";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { createUserAction } from "@/lib/actions/users";
import { requireViewer } from "@/lib/auth/viewer";
import { orNotFound } from "@/lib/data/not-found";
import { listCommitteeChoices } from "@/lib/data/users";
import { getMessages } from "@/lib/i18n/server";
import { userFormLabels } from "@/components/admin/user-form-labels";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).admin.newUser };
}

export default async function NewUserPage() {
  const viewer = await requireViewer();
  const [m, committees] = await Promise.all([getMessages(), orNotFound(listCommitteeChoices(viewer))]);
  const labels = userFormLabels(m);
  return (
    <WorkspacePage title={m.admin.newUser}>
      <div className="max-w-2xl rounded-lg border border-ink-200 bg-white p-5 shadow-sm sm:p-6">
        <CreateUserForm action={createUserAction} labels={labels} common={m.common} roles={m.workspace.roles} committees={committees} />
      </div>
    </WorkspacePage>
  );
}
