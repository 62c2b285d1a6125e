"use client";

import { ErrorView } from "@/components/layout/error-view";

// An error in this section keeps the workspace frame and its menu.
export default function SectionError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorView error={error} retry={retry} />;
}
