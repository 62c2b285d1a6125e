import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TREE_FORM_MESSAGES } from "@/components/committee/tree-form-messages";
import { CreateCommitteeForm } from "@/components/committee/tree-forms";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { createCommitteeAction } from "@/lib/actions/committee-tree";
import { requireViewer } from "@/lib/auth/viewer";
import { listActiveCommittees } from "@/lib/data/committee-changes";
import { orNotFound } from "@/lib/data/not-found";
import { ClientMessages } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("committeeAdmin"))("create") };
}

export default async function NewCommitteePage() {
  const viewer = await requireViewer();
  const [t, choices] = await Promise.all([getTranslations("committeeAdmin"), orNotFound(listActiveCommittees(viewer))]);
  return (
    <WorkspacePage title={t("create")} lead={t("createLead")}>
      <div className="max-w-3xl rounded-lg border border-ink-200 bg-white p-5 shadow-sm sm:p-6">
        <ClientMessages paths={TREE_FORM_MESSAGES}>
          <CreateCommitteeForm action={createCommitteeAction} choices={choices} />
        </ClientMessages>
      </div>
    </WorkspacePage>
  );
}
