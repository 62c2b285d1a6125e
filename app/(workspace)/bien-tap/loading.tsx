import { ListPageSkeleton } from "@/components/layout/page-skeletons";
import { getTranslations } from "next-intl/server";

export default async function Loading() {
  return <ListPageSkeleton label={(await getTranslations("common"))("loading")} columns={4} filters={2} />;
}
