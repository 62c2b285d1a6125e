import { DashboardSkeleton } from "@/components/layout/page-skeletons";
import { getTranslations } from "next-intl/server";

export default async function Loading() {
  return <DashboardSkeleton label={(await getTranslations("common"))("loading")} />;
}
