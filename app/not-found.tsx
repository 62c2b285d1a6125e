import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotFoundStatus } from "@/components/layout/not-found-status";
import { PublicFrame } from "@/components/layout/public-frame";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("errors.notFoundTitle") };
}

export default function NotFound() {
  return (
    <PublicFrame>
      <NotFoundStatus />
    </PublicFrame>
  );
}
