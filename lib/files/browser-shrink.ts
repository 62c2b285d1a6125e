import { BROWSER_JPEG_QUALITY, BROWSER_PHOTO_SIZE, PHOTO_CONTENT_TYPES } from "./limits";

// Shrinking a chosen photo in the browser before upload (the photo picker):
// a 12-megapixel phone photo of 4–8 MB becomes a 2048 px JPEG of a few hundred
// kB, so it uploads quickly over a commune's mobile network. Decoding with
// createImageBitmap applies the EXIF orientation; the canvas writes no
// metadata. The server checks and re-encodes whatever arrives anyway.

/** The size of an image of `width` × `height` fitted within `max` × `max`, never enlarged. */
export function fitWithin(width: number, height: number, max: number): { width: number; height: number } {
  if (width <= 0 || height <= 0) throw new RangeError("An image has a positive size");
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** The name of the shrunk file: the same stem with .jpg ("IMG_0042.HEIC" → "IMG_0042.jpg"). */
export function jpegName(name: string): string {
  const stem = name.replace(/\.[^./\\]*$/, "");
  return `${stem === "" ? "photo" : stem}.jpg`;
}

const ACCEPTED = new Set<string>(PHOTO_CONTENT_TYPES);

/** Whether the browser's type for a file is one the server accepts (an empty type is left to the server). */
export function isAcceptedType(type: string): boolean {
  return type === "" || ACCEPTED.has(type);
}

/**
 * The photo as a JPEG of at most BROWSER_PHOTO_SIZE px on its long side. The
 * original is kept when it is an accepted type and re-encoding would not make
 * it smaller. Rejects when the browser cannot decode the file.
 */
export async function shrinkPhoto(file: File, maxSize = BROWSER_PHOTO_SIZE, quality = BROWSER_JPEG_QUALITY): Promise<File> {
  const bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
  try {
    const { width, height } = fitWithin(bitmap.width, bitmap.height, maxSize);
    const canvas = document.createElement("canvas");
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("No 2D canvas");
    // JPEG has no transparency: transparent parts become white, not black.
    context.fillStyle = "#fff";
    context.fillRect(0, 0, width, height);
    context.imageSmoothingQuality = "high";
    context.drawImage(bitmap, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/jpeg", quality));
    if (!blob) throw new Error("The canvas produced no image");
    const keepOriginal = ACCEPTED.has(file.type) && blob.size >= file.size && width === bitmap.width && height === bitmap.height;
    return keepOriginal ? file : new File([blob], jpegName(file.name), { type: "image/jpeg", lastModified: file.lastModified });
  } finally {
    bitmap.close();
  }
}
