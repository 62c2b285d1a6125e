import { FormSkeleton } from "@/components/layout/page-skeletons";
import { getMessages } from "@/lib/i18n/server";

export default async function Loading() {
  return <FormSkeleton label={(await getMessages()).common.loading} fields={4} />;
}
