"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatDateTime } from "@/lib/format/date";
import {
  browserStorage,
  collectValues,
  draftDiffers,
  draftKey,
  fieldKeys,
  isBlank,
  isDraftable,
  parseDraft,
  pruneDrafts,
  serializeDraft,
  type DraftField,
} from "@/lib/forms/drafts";
import type { MessagePath } from "@/lib/i18n/server";

/** What the draft keeper reads from the catalog: pages put these in their ClientMessages. */
export const DRAFT_KEEPER_MESSAGES = ["draft"] as const satisfies readonly MessagePath[];

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

function controls(form: HTMLFormElement): Control[] {
  return [...form.elements].filter(
    (element): element is Control => element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement,
  );
}

function describe(control: Control): DraftField {
  return {
    tagName: control.tagName,
    type: control instanceof HTMLSelectElement ? "" : control.type,
    name: control.name,
    value: control.value,
    draft: control.getAttribute("data-draft"),
    multiple: control instanceof HTMLSelectElement && control.multiple,
  };
}

/** The draftable controls of a form with their field keys. */
function draftableControls(form: HTMLFormElement): { key: string; control: Control }[] {
  const found = controls(form).filter((control) => isDraftable(describe(control)));
  const keys = fieldKeys(found.map(describe));
  return found.map((control, index) => ({ key: keys[index]!, control }));
}

function formValues(form: HTMLFormElement): Record<string, string> {
  return collectValues(controls(form).map(describe));
}

/** Sets a control's value as typing does, so React's onChange (the money field's words) sees it. */
function setValue(control: Control, value: string) {
  const prototype = Object.getPrototypeOf(control) as object;
  Object.getOwnPropertyDescriptor(prototype, "value")?.set?.call(control, value);
  control.dispatchEvent(new Event("input", { bubbles: true }));
  control.dispatchEvent(new Event("change", { bubbles: true }));
}

type Offer = { savedAt: number; outdated: boolean; values: Record<string, string> };

export type DraftKeeperProps = {
  /** The id of the form whose text is kept. */
  formId: string;
  /** The signed-in viewer's id: drafts are per user. */
  userId: string;
  /** The hidden field holding the record's version ("version"); a draft written on another version is flagged. */
  versionField?: string;
  /** True once the form's save succeeded without leaving the page: the draft is dropped. */
  saved?: boolean;
  /** Wait after the last keystroke before writing (ms). */
  debounceMs?: number;
};

/**
 * Keeps a draft of a form's text fields in localStorage as the user types
 * (debounced, and at once when the page is hidden or the form submitted).
 * When the form opens with a draft that differs from what the server
 * rendered, it offers "Khôi phục bản nháp" / "Bỏ bản nháp" instead of
 * overwriting; while that offer stands nothing new is written, so the draft
 * is not lost to a keystroke. The draft is dropped when `saved` becomes true
 * (or by <DraftCleared> on the page a successful save leads to) and, with
 * every other draft, at sign-out. Place it inside the form, at the top.
 */
export function DraftKeeper({ formId, userId, versionField = "version", saved = false, debounceMs = 500 }: DraftKeeperProps) {
  const t = useTranslations("draft");
  const [offer, setOffer] = useState<Offer | null>(null);
  const [restored, setRestored] = useState(false);
  const offerRef = useRef<Offer | null>(null);
  const key = draftKey(userId, formId);

  useEffect(() => {
    const storage = browserStorage();
    const form = document.getElementById(formId);
    if (!storage || !(form instanceof HTMLFormElement)) return;
    const version = () => {
      const field = form.elements.namedItem(versionField);
      return field instanceof HTMLInputElement ? field.value : null;
    };

    pruneDrafts(storage, userId, Date.now());
    if (saved) {
      storage.removeItem(key);
    } else {
      const draft = parseDraft(storage.getItem(key));
      if (draft && draftDiffers(draft.values, formValues(form))) {
        const current = version();
        const next = { savedAt: draft.savedAt, outdated: draft.baseVersion !== null && current !== null && draft.baseVersion !== current, values: draft.values };
        offerRef.current = next;
        // Storage is only readable after mount: the offer cannot be part of the first render.
        // eslint-disable-next-line react-hooks/set-state-in-effect
        setOffer(next);
      }
    }

    let timer: ReturnType<typeof setTimeout> | undefined;
    const write = () => {
      clearTimeout(timer);
      timer = undefined;
      if (offerRef.current) return;
      const values = formValues(form);
      try {
        if (isBlank(values)) storage.removeItem(key);
        else storage.setItem(key, serializeDraft({ savedAt: Date.now(), baseVersion: version(), values }));
      } catch {
        // A full storage keeps the previous draft.
      }
    };
    const schedule = (event: Event) => {
      if (!(event.target instanceof Element) || !("name" in event.target)) return;
      clearTimeout(timer);
      timer = setTimeout(write, debounceMs);
    };
    const flush = () => {
      if (timer !== undefined) write();
    };
    const onHidden = () => {
      if (document.visibilityState === "hidden") flush();
    };
    form.addEventListener("input", schedule);
    form.addEventListener("change", schedule);
    form.addEventListener("submit", flush);
    document.addEventListener("visibilitychange", onHidden);
    window.addEventListener("pagehide", flush);
    return () => {
      flush();
      form.removeEventListener("input", schedule);
      form.removeEventListener("change", schedule);
      form.removeEventListener("submit", flush);
      document.removeEventListener("visibilitychange", onHidden);
      window.removeEventListener("pagehide", flush);
    };
  }, [formId, userId, key, versionField, saved, debounceMs]);

  const restore = () => {
    const form = document.getElementById(formId);
    const current = offerRef.current;
    offerRef.current = null;
    setOffer(null);
    if (!(form instanceof HTMLFormElement) || !current) return;
    for (const { key: fieldKey, control } of draftableControls(form)) {
      const value = current.values[fieldKey];
      if (value !== undefined && value !== control.value) setValue(control, value);
    }
    setRestored(true);
  };

  const discard = () => {
    offerRef.current = null;
    setOffer(null);
    browserStorage()?.removeItem(key);
  };

  return (
    <div aria-live="polite" className="empty:hidden">
      {offer ? (
        <Alert tone={offer.outdated ? "warning" : "info"}>
          <p>{t(offer.outdated ? "foundOutdated" : "found", { time: formatDateTime(offer.savedAt) })}</p>
          <div className="mt-3 flex flex-wrap gap-2">
            <Button size="sm" onClick={restore}>
              {t("restore")}
            </Button>
            <Button size="sm" variant="secondary" onClick={discard}>
              {t("discard")}
            </Button>
          </div>
        </Alert>
      ) : restored ? (
        <p className="text-sm text-success-700">{t("restored")}</p>
      ) : null}
    </div>
  );
}

/**
 * Drops the drafts of forms whose save succeeded, on the page the save led to
 * (e.g. the record's page after `?saved=1`): `<DraftCleared userId={viewer.id}
 * formIds={["house-new"]} />`. Renders nothing.
 */
export function DraftCleared({ userId, formIds }: { userId: string; formIds: readonly string[] }) {
  const ids = formIds.join("\n");
  useEffect(() => {
    const storage = browserStorage();
    if (!storage) return;
    for (const formId of ids.split("\n")) storage.removeItem(draftKey(userId, formId));
  }, [userId, ids]);
  return null;
}
