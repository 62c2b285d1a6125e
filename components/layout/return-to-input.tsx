"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";

function ReturnToWithQuery() {
  const pathname = usePathname() ?? "/";
  const query = useSearchParams()?.toString();
  return <input type="hidden" name="returnTo" value={query ? `${pathname}?${query}` : pathname} />;
}

/** A hidden `returnTo` field holding the current page (query included). */
export function ReturnToInput() {
  const pathname = usePathname() ?? "/";
  return (
    <Suspense fallback={<input type="hidden" name="returnTo" value={pathname} />}>
      <ReturnToWithQuery />
    </Suspense>
  );
}
