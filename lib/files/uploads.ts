import "server-only";
import { PhotoError, processPhoto, type ProcessedPhoto } from "./image";
import { MAX_PHOTO_BYTES, MAX_PHOTOS_PER_SUBMISSION } from "./limits";
import type { CheckedFile } from "@/lib/data/records/stored-files";

/**
 * The files chosen in a form's file inputs named `name`, without the empty
 * part a browser sends for an input where nothing was chosen. (The photo
 * picker has two inputs of the same name: camera and library.) Any empty
 * file is such a part: a server action's decoding may name it ("blob"), so
 * its name says nothing, and an empty file is never a photo.
 */
export function chosenFiles(formData: FormData, name: string): File[] {
  return formData.getAll(name).filter((value): value is File => typeof value !== "string" && value.size > 0);
}

export type ProcessedUpload = ProcessedPhoto & { fileName: string };

/**
 * The photos of a form field, checked and processed one after another (to
 * bound memory): at most MAX_PHOTOS_PER_SUBMISSION, each at most
 * MAX_PHOTO_BYTES, judged before its bytes are read. The first refused photo
 * throws a PhotoError for `name`, so nothing is written.
 */
export async function processPhotoUploads(formData: FormData, name: string, max = MAX_PHOTOS_PER_SUBMISSION): Promise<ProcessedUpload[]> {
  const files = chosenFiles(formData, name);
  if (files.length > max) throw new PhotoError("tooMany", name);
  if (files.some((file) => file.size > MAX_PHOTO_BYTES)) throw new PhotoError("tooLarge", name);
  const processed: ProcessedUpload[] = [];
  for (const file of files) {
    const photo = await processPhoto(new Uint8Array(await file.arrayBuffer()), name);
    processed.push({ ...photo, fileName: file.name });
  }
  return processed;
}

/** A record form's photos as the stored-file table keeps them: checked by content and re-encoded (upright, without metadata, web size and thumbnail). */
export async function recordPhotoUploads(formData: FormData, name: string): Promise<CheckedFile[]> {
  const uploads = await processPhotoUploads(formData, name);
  return uploads.map((photo) => ({
    contentType: photo.contentType,
    bytes: photo.bytes,
    sha256: photo.sha256,
    width: photo.width,
    height: photo.height,
    thumbnail: photo.thumbnail.bytes,
    originalName: photo.fileName,
  }));
}
