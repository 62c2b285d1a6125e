import { DashboardSkeleton } from "@/components/layout/page-skeletons";
import { getMessages } from "@/lib/i18n/server";

export default async function Loading() {
  return <DashboardSkeleton label={(await getMessages()).common.loading} />;
}
