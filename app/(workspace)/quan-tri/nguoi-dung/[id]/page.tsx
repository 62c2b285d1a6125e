import type { Metadata } from "next";
import { DisableUserForm, EditUserForm, ResetPasswordForm } from "@/components/admin/user-forms";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { resetPasswordAction, setUserDisabledAction, updateUserAction } from "@/lib/actions/users";
import { requireViewer } from "@/lib/auth/viewer";
import { listCommitteeChoices } from "@/lib/data/users";
import { getMessages } from "@/lib/i18n/server";
import { userFormLabels } from "@/components/admin/user-form-labels";
import { loadUser } from "./load-user";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).nav.users };
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="rounded-lg border border-ink-200 bg-white p-5 shadow-sm sm:p-6">
      <h2 className="mb-4 text-lg font-semibold text-ink-900">{title}</h2>
      {children}
    </section>
  );
}

export default async function UserPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  const viewer = await requireViewer();
  const user = await loadUser(id);
  const [m, committees] = await Promise.all([getMessages(), listCommitteeChoices(viewer)]);
  const a = m.admin;
  const labels = userFormLabels(m);
  return (
    <WorkspacePage title={user.name} lead={user.email} actions={user.disabledAt ? <Badge tone="danger">{a.disabled}</Badge> : <Badge tone="success">{a.active}</Badge>}>
      {saved ? (
        <Alert tone="success" className="mb-4">
          {a.saved}
        </Alert>
      ) : null}
      <div className="grid max-w-3xl gap-6">
        <Section title={a.profileSection}>
          <EditUserForm user={user} action={updateUserAction.bind(null, user.id)} labels={labels} common={m.common} roles={m.workspace.roles} committees={committees} isSelf={user.id === viewer.id} />
        </Section>
        <Section title={a.resetPassword}>
          <ResetPasswordForm user={user} action={resetPasswordAction.bind(null, user.id)} labels={labels} common={m.common} />
        </Section>
        {user.id !== viewer.id ? (
          <Section title={a.accessSection}>
            <DisableUserForm user={user} action={setUserDisabledAction.bind(null, user.id)} labels={labels} common={m.common} />
          </Section>
        ) : null}
      </div>
    </WorkspacePage>
  );
}
