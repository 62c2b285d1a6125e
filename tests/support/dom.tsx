import { NextIntlClientProvider, type Messages } from "next-intl";
import { act, type ReactNode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { en } from "@/lib/i18n/messages/en";
import { vi } from "@/lib/i18n/messages/vi";

// Client components in a DOM (happy-dom), for unit tests that start with
// `// @vitest-environment happy-dom`: render, type, click, read the DOM.

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export function withMessages(children: ReactNode, locale: "vi" | "en" = "vi") {
  return (
    <NextIntlClientProvider locale={locale} messages={(locale === "vi" ? vi : en) as Messages} timeZone="Asia/Ho_Chi_Minh">
      {children}
    </NextIntlClientProvider>
  );
}

export type Mounted = { container: HTMLElement; root: Root; unmount: () => void };

/** Mounts `ui` (inside the catalog's provider) into a fresh element of the document. */
export async function mount(ui: ReactNode, locale: "vi" | "en" = "vi"): Promise<Mounted> {
  const container = document.createElement("div");
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(withMessages(ui, locale)));
  return {
    container,
    root,
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** Sets a field's value as typing does, so React's onChange and input listeners see it. */
export async function typeInto(element: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const prototype = element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(prototype, "value")!.set!.call(element, value);
    element.dispatchEvent(new Event("input", { bubbles: true }));
  });
}
