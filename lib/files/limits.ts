// Limits of uploaded photos, shared by the server (lib/files/image), the
// photo picker (components/forms/photo-input) and next.config.mjs's request
// body limit (tests/unit/photo-limits.test.ts keeps them in step). Changing a
// number here means changing the catalog messages that name it
// (validation.photoTooLarge, photoDimensions, photoTooMany, photoInput.hint).

/** The largest photo accepted, as sent (10 MB). */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

/** The photos one form submission may carry. */
export const MAX_PHOTOS_PER_SUBMISSION = 6;

/** Images with more pixels are refused before decoding (decompression bombs; a 50 MP camera is below). */
export const MAX_PHOTO_PIXELS = 60_000_000;

/** The image types accepted, checked by content on the server. */
export const PHOTO_CONTENT_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;
export type PhotoContentType = (typeof PHOTO_CONTENT_TYPES)[number];

/** The file input's `accept`. */
export const PHOTO_ACCEPT = PHOTO_CONTENT_TYPES.join(",");

/** The long side of the stored web image and of its thumbnail, in pixels (never enlarged). */
export const WEB_PHOTO_SIZE = 1600;
export const THUMBNAIL_SIZE = 400;

/** What the browser shrinks a chosen photo to before upload. */
export const BROWSER_PHOTO_SIZE = 2048;
export const BROWSER_JPEG_QUALITY = 0.85;
