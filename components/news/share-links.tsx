"use client";

import { useState } from "react";
import { useHydrated } from "@/components/forms/use-hydrated";

// Sharing an article: Facebook's share page (a plain link, no third-party
// script), and the device's own share sheet, which offers Zalo and the other
// apps a phone has; where there is none, the link is copied.

export type ShareLabels = { title: string; facebook: string; share: string; copied: string };

export function ShareLinks({ url, title, labels }: { url: string; title: string; labels: ShareLabels }) {
  const hydrated = useHydrated();
  const [copied, setCopied] = useState(false);
  const share = async () => {
    if (typeof navigator.share === "function") {
      await navigator.share({ title, url }).catch(() => {});
      return;
    }
    await navigator.clipboard?.writeText(url).then(
      () => setCopied(true),
      () => {},
    );
  };
  const item = "inline-flex h-10 items-center rounded-md bg-white px-3 text-sm font-semibold ring-1 ring-ink-200 ring-inset hover:bg-ink-100";
  return (
    <div className="flex flex-wrap items-center gap-2 print:hidden">
      <span className="text-sm font-semibold text-ink-700">{labels.title}</span>
      <a className={`${item} text-[#1459c7]`} href={`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`} target="_blank" rel="noopener noreferrer">
        {labels.facebook}
      </a>
      {hydrated ? (
        <button type="button" onClick={() => void share()} className={`${item} text-brand-800`}>
          {labels.share}
        </button>
      ) : null}
      <span aria-live="polite" className="text-sm text-success-700">
        {copied ? labels.copied : ""}
      </span>
    </div>
  );
}
