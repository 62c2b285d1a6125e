import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MoveCommitteeForm } from "@/components/committee/tree-forms";
import { moveCommitteeAction } from "@/lib/actions/committee-tree";
import { ChangePage, changedCommittee } from "../change-page";
import { loadActiveCommittees, loadCommitteeForChange } from "../load-change";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("committeeAdmin"))("move") };
}

export default async function MoveCommitteePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [committee, choices, t] = await Promise.all([loadCommitteeForChange(id), loadActiveCommittees(), getTranslations("committeeAdmin")]);
  return (
    <ChangePage title={t("move")} lead={t("moveLead")} committee={committee}>
      <MoveCommitteeForm action={moveCommitteeAction.bind(null, committee.id)} committee={changedCommittee(committee)} choices={choices.filter((c) => c.id !== committee.id)} />
    </ChangePage>
  );
}
