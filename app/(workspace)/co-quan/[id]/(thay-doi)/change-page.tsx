import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { TREE_FORM_MESSAGES } from "@/components/committee/tree-form-messages";
import type { ChangedCommittee } from "@/components/committee/tree-forms";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { ClientMessages } from "@/lib/i18n/server";
import type { getCommitteeForChange } from "@/lib/data/committee-changes";

type Loaded = Awaited<ReturnType<typeof getCommitteeForChange>>;

/** What the client forms get of the committee. */
export function changedCommittee(committee: Loaded): ChangedCommittee {
  const { id, name, shortName, kind, locality, version, parent } = committee;
  return { id, name, shortName, kind, locality, version, parent };
}

/**
 * The frame of a change page: its title and lead, the committee's name, and
 * the form; for a committee that has ended, a note instead of the form.
 */
export async function ChangePage({ title, lead, committee, children }: { title: string; lead: string; committee: Loaded; children: ReactNode }) {
  const t = await getTranslations();
  return (
    <WorkspacePage title={title} lead={committee.name}>
      <div className="max-w-3xl rounded-lg border border-ink-200 bg-white p-5 shadow-sm sm:p-6">
        {committee.ended ? (
          <div className="flex flex-col gap-4">
            <Alert tone="warning">{t("committeeAdmin.errors.ended")}</Alert>
            <div>
              <ButtonLink href={`/co-quan/${committee.id}`} variant="secondary">
                {t("common.cancel")}
              </ButtonLink>
            </div>
          </div>
        ) : (
          <>
            <p className="mb-5 text-sm text-ink-700">{lead}</p>
            <ClientMessages paths={TREE_FORM_MESSAGES}>{children}</ClientMessages>
          </>
        )}
      </div>
    </WorkspacePage>
  );
}
