import { ProfileSkeleton } from "@/components/layout/page-skeletons";
import { getMessages } from "@/lib/i18n/server";

export default async function Loading() {
  return <ProfileSkeleton label={(await getMessages()).common.loading} />;
}
