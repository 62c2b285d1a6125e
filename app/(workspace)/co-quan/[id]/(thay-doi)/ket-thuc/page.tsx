import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EndCommitteeForm } from "@/components/committee/tree-forms";
import { endCommitteeAction } from "@/lib/actions/committee-tree";
import { ChangePage, changedCommittee } from "../change-page";
import { loadActiveCommittees, loadCommitteeForChange } from "../load-change";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("committeeAdmin"))("end") };
}

export default async function EndCommitteePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [committee, choices, t] = await Promise.all([loadCommitteeForChange(id), loadActiveCommittees(), getTranslations("committeeAdmin")]);
  return (
    <ChangePage title={t("end")} lead={t("endLead")} committee={committee}>
      <EndCommitteeForm action={endCommitteeAction.bind(null, committee.id)} committee={changedCommittee(committee)} choices={choices.filter((c) => c.id !== committee.id)} />
    </ChangePage>
  );
}
