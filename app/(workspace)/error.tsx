"use client";

import { ErrorView } from "@/components/layout/error-view";

// Errors of signed-in pages: shown inside the workspace frame.
export default function WorkspaceError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorView error={error} retry={retry} />;
}
