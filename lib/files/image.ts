import "server-only";
import { createHash } from "node:crypto";
import sharp, { type Metadata, type Sharp } from "sharp";
import { RuleViolation } from "@/lib/data/errors";
import type { MessageKey } from "@/lib/i18n/message-key";
import { message } from "@/lib/validation/message";
import { MAX_PHOTO_BYTES, MAX_PHOTO_PIXELS, THUMBNAIL_SIZE, WEB_PHOTO_SIZE, type PhotoContentType } from "./limits";

// Uploaded photos, made safe to store and serve: the type is judged by the
// bytes (never the name or the browser's claim), the size before anything is
// decoded, the pixel count before pixels are decoded (decompression bombs);
// then the image is turned upright by its EXIF orientation, every piece of
// metadata (EXIF with GPS location, XMP, IPTC, ICC) is dropped, and it is
// re-encoded as WebP at web size and as a thumbnail.

export type PhotoErrorReason = "notImage" | "unsupportedType" | "tooLarge" | "tooManyPixels" | "corrupt" | "tooMany";

const REASON_MESSAGES: Record<PhotoErrorReason, MessageKey> = {
  notImage: message("validation.photoNotImage"),
  unsupportedType: message("validation.photoType"),
  tooLarge: message("validation.photoTooLarge"),
  tooManyPixels: message("validation.photoDimensions"),
  corrupt: message("validation.photoCorrupt"),
  tooMany: message("validation.photoTooMany"),
};

/**
 * A refused photo. It is a RuleViolation, so thrown inside `submitForm`'s
 * write it becomes the message of `field` (the photo input) with nothing
 * written.
 */
export class PhotoError extends RuleViolation {
  constructor(
    readonly reason: PhotoErrorReason,
    field?: string,
  ) {
    super(REASON_MESSAGES[reason], field);
    this.name = "PhotoError";
  }
}

/** One encoded image: its bytes, their SHA-256 (hex; the ETag) and its size in pixels. */
export type EncodedImage = {
  contentType: "image/webp";
  width: number;
  height: number;
  bytes: Uint8Array;
  sha256: string;
};

/** A processed photo: the web-size image, its thumbnail, and the type the upload had. */
export type ProcessedPhoto = EncodedImage & { thumbnail: EncodedImage; sourceType: PhotoContentType };

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/**
 * The type of an image by its first bytes: one of the accepted types, "other"
 * for an image of another kind (GIF, BMP, TIFF, HEIC, AVIF, ICO, SVG), null
 * for anything else.
 */
export function sniffImageType(bytes: Uint8Array): PhotoContentType | "other" | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp";
  const others = [ascii("GIF87a"), ascii("GIF89a"), ascii("BM"), [0x49, 0x49, 0x2a, 0x00], [0x4d, 0x4d, 0x00, 0x2a], [0x00, 0x00, 0x01, 0x00]];
  if (others.some((signature) => startsWith(bytes, signature))) return "other";
  if (startsWith(bytes, ascii("ftyp"), 4)) return "other"; // HEIC, HEIF, AVIF
  const head = new TextDecoder().decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  if (head.startsWith("<svg") || (head.startsWith("<?xml") && head.includes("<svg"))) return "other";
  return null;
}

const SHARP_FORMATS: Record<PhotoContentType, string> = { "image/jpeg": "jpeg", "image/png": "png", "image/webp": "webp" };

/** Decoding options: refuse truncated or broken data and too many pixels; first frame only. */
const INPUT = { failOn: "error", limitInputPixels: MAX_PHOTO_PIXELS, autoOrient: true } as const;

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

async function encode(pipeline: Sharp, size: number, quality: number): Promise<EncodedImage> {
  const { data, info } = await pipeline
    .resize({ width: size, height: size, fit: "inside", withoutEnlargement: true })
    .webp({ quality })
    .timeout({ seconds: 30 })
    .toBuffer({ resolveWithObject: true });
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return { contentType: "image/webp", width: info.width, height: info.height, bytes, sha256: sha256(bytes) };
}

/**
 * Checks and re-encodes an uploaded photo (JPEG, PNG or WebP up to 10 MB):
 * upright, without metadata, at most WEB_PHOTO_SIZE px on its long side, with
 * a THUMBNAIL_SIZE thumbnail, both WebP. Throws a PhotoError (with `field`,
 * for the form) for anything else.
 */
export async function processPhoto(bytes: Uint8Array, field?: string): Promise<ProcessedPhoto> {
  if (bytes.byteLength > MAX_PHOTO_BYTES) throw new PhotoError("tooLarge", field);
  const sourceType = sniffImageType(bytes);
  if (sourceType === null) throw new PhotoError("notImage", field);
  if (sourceType === "other") throw new PhotoError("unsupportedType", field);

  // The header only: its size decides before a pixel is decoded.
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, { failOn: "error", limitInputPixels: false }).metadata();
  } catch {
    throw new PhotoError("corrupt", field);
  }
  if (metadata.format !== SHARP_FORMATS[sourceType]) throw new PhotoError("corrupt", field);
  if (!metadata.width || !metadata.height) throw new PhotoError("corrupt", field);
  if (metadata.width * metadata.height > MAX_PHOTO_PIXELS) throw new PhotoError("tooManyPixels", field);

  try {
    const source = sharp(bytes, INPUT);
    // No withMetadata/keepExif: sharp writes none of the input's metadata.
    const [web, thumbnail] = await Promise.all([encode(source.clone(), WEB_PHOTO_SIZE, 80), encode(source.clone(), THUMBNAIL_SIZE, 70)]);
    return { ...web, thumbnail, sourceType };
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) throw new PhotoError("tooManyPixels", field);
    throw new PhotoError("corrupt", field);
  }
}
