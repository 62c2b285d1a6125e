"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, type ReactNode } from "react";

/**
 * The workspace menu on small screens: a `<details>` disclosure, so it opens
 * and closes without JavaScript. With JavaScript it also closes after a
 * client-side navigation (the layout, and so the open menu, stays mounted).
 */
export function WorkspaceMobileMenu({ summary, children, className }: { summary: ReactNode; children: ReactNode; className?: string }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [pathname]);
  return (
    <details ref={ref} className={className}>
      {summary}
      {children}
    </details>
  );
}
