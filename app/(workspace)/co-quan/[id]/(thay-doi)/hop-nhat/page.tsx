import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MergeCommitteesForm } from "@/components/committee/tree-forms";
import { mergeCommitteesAction } from "@/lib/actions/committee-tree";
import { ChangePage, changedCommittee } from "../change-page";
import { loadActiveCommittees, loadCommitteeForChange } from "../load-change";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("committeeAdmin"))("merge") };
}

export default async function MergeCommitteesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [committee, choices, t] = await Promise.all([loadCommitteeForChange(id), loadActiveCommittees(), getTranslations("committeeAdmin")]);
  return (
    <ChangePage title={t("merge")} lead={t("mergeLead")} committee={committee}>
      <MergeCommitteesForm action={mergeCommitteesAction.bind(null, committee.id)} committee={changedCommittee(committee)} choices={choices} />
    </ChangePage>
  );
}
