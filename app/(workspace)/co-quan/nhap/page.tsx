import type { Metadata } from "next";
import { getMessages } from "next-intl/server";
import { requireViewer } from "@/lib/auth/viewer";
import { committeeImportLookups } from "@/lib/data/committee-import";
import { orNotFound } from "@/lib/data/not-found";
import { ImportStart } from "./import-start";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).committeeAdmin.importTitle };
}

export default async function CommitteeImportPage() {
  const viewer = await requireViewer();
  // Admins only (the tree's keepers): a 404 for everyone else.
  const [m] = await Promise.all([getMessages(), orNotFound(committeeImportLookups(viewer))]);
  return <ImportStart m={m} />;
}
