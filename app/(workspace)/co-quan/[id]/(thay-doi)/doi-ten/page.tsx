import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { TREE_FORM_MESSAGES } from "@/components/committee/tree-form-messages";
import { CorrectNameForm, RenameCommitteeForm } from "@/components/committee/tree-forms";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { Alert } from "@/components/ui/alert";
import { correctCommitteeNameAction, renameCommitteeAction } from "@/lib/actions/committee-tree";
import { ClientMessages } from "@/lib/i18n/server";
import { changedCommittee } from "../change-page";
import { loadCommitteeForChange } from "../load-change";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("committeeAdmin"))("rename") };
}

function Section({ id, title, lead, children }: { id: string; title: string; lead: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-ink-200 bg-white p-5 shadow-sm sm:p-6">
      <h2 id={id} className="text-lg font-semibold text-ink-900">
        {title}
      </h2>
      <p className="mt-1 mb-5 text-sm text-ink-700">{lead}</p>
      {children}
    </section>
  );
}

// Two different things, offered side by side: a typo corrected on the
// committee itself, or a new name with a new scope (a new committee).
export default async function RenameCommitteePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [loaded, t] = await Promise.all([loadCommitteeForChange(id), getTranslations("committeeAdmin")]);
  const committee = changedCommittee(loaded);
  return (
    <WorkspacePage title={t("rename")} lead={loaded.name}>
      <ClientMessages paths={TREE_FORM_MESSAGES}>
        <div className="grid max-w-3xl gap-6">
          <Section id="correct-title" title={t("correctTitle")} lead={t("correctLead")}>
            <CorrectNameForm action={correctCommitteeNameAction.bind(null, loaded.id)} committee={committee} />
          </Section>
          <Section id="rename-title" title={t("renameTitle")} lead={t("renameLead")}>
            {loaded.ended ? <Alert tone="warning">{t("errors.ended")}</Alert> : <RenameCommitteeForm action={renameCommitteeAction.bind(null, loaded.id)} committee={committee} />}
          </Section>
        </div>
      </ClientMessages>
    </WorkspacePage>
  );
}
