"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type ChangeEvent, type ReactNode, type RefObject } from "react";
import { useHydrated } from "./use-hydrated";
import { buttonClasses } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { errorId, FieldError, hintId } from "@/components/ui/field";
import { isAcceptedType, shrinkPhoto } from "@/lib/files/browser-shrink";
import { MAX_PHOTOS_PER_SUBMISSION, PHOTO_ACCEPT } from "@/lib/files/limits";
import type { MessagePath } from "@/lib/i18n/server";

/** What the photo picker reads from the catalog: pages put these in their ClientMessages. */
export const PHOTO_INPUT_MESSAGES = ["photoInput", "validation.photoType", "validation.photoTooMany"] as const satisfies readonly MessagePath[];

/** A chosen photo, as the picker shows it. */
export type ChosenPhoto = { key: string; file: File; url: string };

/**
 * Adds newly chosen files to those already chosen, up to `max`: the files
 * that fit, and whether some did not.
 */
export function addChosen<T>(current: readonly T[], added: readonly T[], max: number): { next: T[]; overflow: boolean } {
  const room = Math.max(0, max - current.length);
  return { next: [...current, ...added.slice(0, room)], overflow: added.length > room };
}

/** Puts `files` into the library input (DataTransfer) and empties the camera input. */
function putFiles(library: RefObject<HTMLInputElement | null>, camera: RefObject<HTMLInputElement | null>, files: readonly File[]) {
  if (library.current && typeof DataTransfer !== "undefined") {
    const transfer = new DataTransfer();
    for (const file of files) transfer.items.add(file);
    library.current.files = transfer.files;
  }
  if (camera.current) camera.current.value = "";
}

export type PhotoInputProps = {
  /** The id of the library input (the label and error point at it); the camera input is `${id}-camera`. */
  id: string;
  /** The form field both inputs send their files as (read with chosenFiles / processPhotoUploads). */
  name: string;
  label: ReactNode;
  /** Under the label; the catalog's rules ("JPEG, PNG hoặc WebP, mỗi ảnh tối đa 10 MB", and that photos are shrunk once JavaScript runs) by default, none with null. */
  hint?: ReactNode | null;
  /** The server's message for this field. */
  error?: readonly string[] | string | null;
  /** At most this many photos (MAX_PHOTOS_PER_SUBMISSION by default). */
  max?: number;
  /** How a chosen file is shrunk before upload (tests replace it). */
  shrink?: (file: File) => Promise<File>;
};

/**
 * Photos for a record form: "Chụp ảnh" opens the phone's camera (hidden where
 * the pointer is a mouse), "Chọn ảnh" the photo library. Without JavaScript
 * both are plain file inputs of the same name and the chosen files are sent
 * as they are. With JavaScript each chosen photo is shrunk in the browser
 * (2048 px JPEG), shown as a preview with a remove button, and every kept
 * photo is put back into the library input (DataTransfer), so the form's
 * normal submission or server action carries the shrunk files. Chosen photos
 * are kept when the form is reset after a refused save.
 */
export function PhotoInput({ id, name, label, hint, error, max = MAX_PHOTOS_PER_SUBMISSION, shrink = shrinkPhoto }: PhotoInputProps) {
  const t = useTranslations();
  const enhanced = useHydrated();
  const [photos, setPhotos] = useState<ChosenPhoto[]>([]);
  const [preparing, setPreparing] = useState(0);
  const [notice, setNotice] = useState<"validation.photoType" | "validation.photoTooMany" | null>(null);
  const libraryRef = useRef<HTMLInputElement>(null);
  const cameraRef = useRef<HTMLInputElement>(null);
  const photosRef = useRef<ChosenPhoto[]>([]);
  const nextKey = useRef(0);

  const choose = async (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    const kept = photosRef.current;
    const { next, overflow } = addChosen(kept.map((photo) => photo.file), files, max);
    const added = next.slice(kept.length);
    // Until they are shrunk, the new files travel as chosen, after the kept ones.
    putFiles(libraryRef, cameraRef, next);
    if (files.length === 0) return;
    let refusedType = false;
    setPreparing((count) => count + added.length);
    const shrunk: File[] = [];
    for (const file of added) {
      try {
        shrunk.push(await shrink(file));
      } catch {
        // The browser cannot decode it: send it as it is if the server may take it.
        if (isAcceptedType(file.type)) shrunk.push(file);
        else refusedType = true;
      }
      setPreparing((count) => count - 1);
    }
    const now = [...photosRef.current, ...shrunk.map((file) => ({ key: `p${nextKey.current++}`, file, url: URL.createObjectURL(file) }))];
    photosRef.current = now;
    putFiles(libraryRef, cameraRef, now.map((photo) => photo.file));
    setPhotos(now);
    setNotice(overflow ? "validation.photoTooMany" : refusedType ? "validation.photoType" : null);
  };

  const remove = (key: string) => {
    const photo = photosRef.current.find((p) => p.key === key);
    if (photo) URL.revokeObjectURL(photo.url);
    const kept = photosRef.current.filter((p) => p.key !== key);
    photosRef.current = kept;
    putFiles(libraryRef, cameraRef, kept.map((p) => p.file));
    setPhotos(kept);
    setNotice(null);
    libraryRef.current?.focus();
  };

  // A form reset (React resets a form after its action) empties file inputs:
  // the chosen photos are put back, so a refused save does not lose them.
  useEffect(() => {
    const form = libraryRef.current?.form;
    if (!form) return;
    const restore = () =>
      setTimeout(() =>
        putFiles(
          libraryRef,
          cameraRef,
          photosRef.current.map((photo) => photo.file),
        ),
      );
    form.addEventListener("reset", restore);
    return () => form.removeEventListener("reset", restore);
  }, []);

  // Preview URLs live until the picker goes.
  useEffect(() => () => photosRef.current.forEach((photo) => URL.revokeObjectURL(photo.url)), []);

  const hasError = error != null && error.length > 0;
  // Photos are shrunk only where JavaScript runs: the note says so only then.
  const shownHint = hint === undefined ? (enhanced ? `${t("photoInput.hint")} ${t("photoInput.shrinkNote")}` : t("photoInput.hint")) : hint;
  const describedBy = cx(shownHint ? hintId(id) : null, errorId(id), `${id}-status`);
  const inputProps = {
    type: "file",
    name,
    accept: PHOTO_ACCEPT,
    "aria-describedby": describedBy,
    ...(hasError ? { "aria-invalid": true as const } : {}),
    className: enhanced ? "sr-only" : "block text-sm text-ink-700 file:mr-3 file:rounded-md file:border file:border-ink-300 file:bg-white file:px-3 file:py-1.5 file:font-semibold",
    onChange: (event: ChangeEvent<HTMLInputElement>) => void choose(event.currentTarget),
  };
  const chooserClass = enhanced
    ? cx(buttonClasses({ variant: "secondary" }), "cursor-pointer has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-700")
    : "flex flex-col gap-1 text-sm font-medium text-ink-800";

  return (
    <fieldset className="flex min-w-0 flex-col gap-1.5">
      <legend className="mb-1.5 text-sm font-semibold text-ink-800">{label}</legend>
      {shownHint ? (
        <p id={hintId(id)} className="text-sm text-ink-600">
          {shownHint}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <label className={cx(chooserClass, "pointer-fine:hidden")}>
          <span>{t("photoInput.take")}</span>
          <input {...inputProps} ref={cameraRef} id={`${id}-camera`} capture="environment" />
        </label>
        <label className={chooserClass}>
          <span>{t("photoInput.choose")}</span>
          <input {...inputProps} ref={libraryRef} id={id} multiple />
        </label>
      </div>
      <p id={`${id}-status`} aria-live="polite" className={cx("text-sm", !enhanced && "sr-only")}>
        {preparing > 0 ? (
          <span className="text-ink-600">{t("photoInput.preparing")}</span>
        ) : photos.length > 0 ? (
          <span className="text-ink-700">{t("photoInput.chosen", { count: photos.length })}</span>
        ) : null}
        {notice ? <span className="block font-medium text-danger-700">{t(notice)}</span> : null}
      </p>
      {photos.length > 0 ? (
        <ul className="grid grid-cols-3 gap-2 sm:grid-cols-4">
          {photos.map((photo) => (
            <li key={photo.key} className="flex flex-col gap-1">
              {/* eslint-disable-next-line @next/next/no-img-element -- a local preview (blob: URL), not an optimisable image */}
              <img src={photo.url} alt={photo.file.name} className="aspect-square w-full rounded-md border border-ink-200 object-cover" />
              <button
                type="button"
                onClick={() => remove(photo.key)}
                aria-label={t("photoInput.remove", { name: photo.file.name })}
                className={cx(buttonClasses({ variant: "ghost", size: "sm" }), "w-full")}
              >
                {t("photoInput.removeShort")}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <FieldError id={id} messages={error} />
    </fieldset>
  );
}
