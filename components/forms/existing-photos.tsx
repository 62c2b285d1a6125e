"use client";

/** A record's saved photos in its edit form, each with a box that removes it on save (`<fieldPrefix><photo id>`). */
export function ExistingPhotos({
  photos,
  legend,
  alt,
  removeLabel,
  fieldPrefix,
  submitted,
}: {
  photos: readonly { id: string; src: string }[];
  legend: string;
  alt: (n: number) => string;
  removeLabel: string;
  fieldPrefix: string;
  /** The values of a refused submission, so ticked boxes stay ticked. */
  submitted: Record<string, string | undefined>;
}) {
  if (photos.length === 0) return null;
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="text-sm font-semibold text-ink-800">{legend}</legend>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {photos.map((photo, index) => (
          <li key={photo.id} className="flex flex-col gap-1">
            {/* eslint-disable-next-line @next/next/no-img-element -- a private photo behind the record's read check */}
            <img src={photo.src} alt={alt(index + 1)} className="aspect-[4/3] w-full rounded-md border border-ink-200 object-cover" />
            <label className="flex items-center gap-2 text-sm text-ink-800">
              <input type="checkbox" name={`${fieldPrefix}${photo.id}`} value="1" defaultChecked={submitted[`${fieldPrefix}${photo.id}`] === "1"} className="size-4" />
              {removeLabel}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
