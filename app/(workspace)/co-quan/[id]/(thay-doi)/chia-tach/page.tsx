import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SplitCommitteeForm } from "@/components/committee/tree-forms";
import { splitCommitteeAction } from "@/lib/actions/committee-tree";
import { ChangePage, changedCommittee } from "../change-page";
import { loadActiveCommittees, loadCommitteeForChange } from "../load-change";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("committeeAdmin"))("split") };
}

export default async function SplitCommitteePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [committee, choices, t] = await Promise.all([loadCommitteeForChange(id), loadActiveCommittees(), getTranslations("committeeAdmin")]);
  return (
    <ChangePage title={t("split")} lead={t("splitLead")} committee={committee}>
      <SplitCommitteeForm action={splitCommitteeAction.bind(null, committee.id)} committee={changedCommittee(committee)} choices={choices} />
    </ChangePage>
  );
}
