import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getMessages } from "next-intl/server";
import { requireViewer } from "@/lib/auth/viewer";
import { partnerImportCommittees } from "@/lib/data/partner-import";
import { ImportStart } from "./import-start";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).partners.importTitle };
}

export default async function PartnerImportPage() {
  const viewer = await requireViewer();
  const [m, committees] = await Promise.all([getMessages(), partnerImportCommittees(viewer)]);
  if (committees.length === 0) notFound();
  return <ImportStart m={m} />;
}
