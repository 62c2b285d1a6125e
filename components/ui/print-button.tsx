"use client";

import { Button } from "./button";

/** Opens the browser's print dialog; the page's print styles hide the controls. */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button variant="secondary" onClick={() => window.print()} className="print:hidden">
      {label}
    </Button>
  );
}
