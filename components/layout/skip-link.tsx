/** Id of the `<main>` element of every frame; the skip link jumps to it. */
export const MAIN_CONTENT_ID = "noi-dung-chinh";

/** First focusable element of each page: lets keyboard users jump past the navigation. */
export function SkipLink({ label }: { label: string }) {
  return (
    <a
      href={`#${MAIN_CONTENT_ID}`}
      className="sr-only z-50 rounded-md bg-white px-4 py-2 font-semibold text-brand-800 shadow-lg focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
    >
      {label}
    </a>
  );
}
