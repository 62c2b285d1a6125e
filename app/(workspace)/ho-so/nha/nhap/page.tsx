import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getMessages } from "next-intl/server";
import { requireViewer } from "@/lib/auth/viewer";
import { recordCommitteeChoices } from "@/lib/data/records/record-access";
import { ImportStart } from "./import-start";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).houses.importTitle };
}

export default async function HouseImportPage() {
  const viewer = await requireViewer();
  const [m, committees] = await Promise.all([getMessages(), recordCommitteeChoices(viewer)]);
  if (committees.length === 0) notFound();
  return <ImportStart m={m} />;
}
