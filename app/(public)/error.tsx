"use client";

import { ErrorView } from "@/components/layout/error-view";

// Errors of public pages: shown inside the public header and footer.
export default function PublicError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorView error={error} retry={retry} />;
}
