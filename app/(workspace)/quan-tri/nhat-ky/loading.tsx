import { ListPageSkeleton } from "@/components/layout/page-skeletons";
import { getMessages } from "@/lib/i18n/server";

export default async function Loading() {
  return <ListPageSkeleton label={(await getMessages()).common.loading} columns={5} filters={5} />;
}
