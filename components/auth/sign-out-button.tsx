"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { browserStorage, clearAllDrafts } from "@/lib/forms/drafts";

/**
 * Ends the session through next-auth (which audits it) and returns to the
 * home page. Every form draft kept in this browser goes first: the next
 * person on a shared phone must not find them.
 */
export function SignOutButton({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant="secondary"
      size="sm"
      disabled={pending}
      onClick={() => {
        setPending(true);
        const storage = browserStorage();
        if (storage) clearAllDrafts(storage);
        void signOut({ callbackUrl: "/" });
      }}
    >
      {pending ? pendingLabel : label}
    </Button>
  );
}
