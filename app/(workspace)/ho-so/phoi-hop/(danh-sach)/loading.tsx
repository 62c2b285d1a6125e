// The list sits in a route group of its own, so its loading skeleton does not
// wrap the agreement pages below it: their layout answers a real 404.
import { ListPageSkeleton } from "@/components/layout/page-skeletons";
import { getTranslations } from "next-intl/server";

export default async function Loading() {
  return <ListPageSkeleton label={(await getTranslations("common"))("loading")} columns={5} filters={5} />;
}
