import "server-only";
import type { Prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/policy";

type Tx = Prisma.TransactionClient;

/** Bytes already checked by content (and, for photos, re-encoded without metadata) by lib/files. */
export type CheckedFile = {
  contentType: string;
  bytes: Uint8Array;
  sha256: string;
  width?: number | null;
  height?: number | null;
  /** A smaller version in the same format (content type) as `bytes`. */
  thumbnail?: Uint8Array | null;
  originalName?: string | null;
};

/** Keeps a file in the one stored-file table, inside the caller's transaction. */
export async function storeFile(tx: Tx, viewer: Pick<Viewer, "id">, file: CheckedFile): Promise<string> {
  const stored = await tx.storedFile.create({
    data: {
      contentType: file.contentType,
      byteSize: file.bytes.byteLength,
      sha256: file.sha256,
      originalName: file.originalName ?? null,
      width: file.width ?? null,
      height: file.height ?? null,
      data: new Uint8Array(file.bytes),
      thumbnail: file.thumbnail ? new Uint8Array(file.thumbnail) : null,
      createdById: viewer.id,
    },
    select: { id: true },
  });
  return stored.id;
}

export type PhotoOwner = { conferenceId: string } | { houseId: string } | { modelId: string };

/** Adds photos to a record after its last one, in the caller's transaction. */
export async function attachPhotos(tx: Tx, viewer: Pick<Viewer, "id">, owner: PhotoOwner, files: readonly CheckedFile[]): Promise<string[]> {
  if (files.length === 0) return [];
  const last = await tx.recordPhoto.aggregate({ where: owner, _max: { position: true } });
  let position = (last._max.position ?? -1) + 1;
  const ids: string[] = [];
  for (const file of files) {
    const fileId = await storeFile(tx, viewer, file);
    const photo = await tx.recordPhoto.create({ data: { ...owner, fileId, position: position++ }, select: { id: true } });
    ids.push(photo.id);
  }
  return ids;
}

/** Removes some of a record's photos and their bytes. */
export async function removePhotos(tx: Tx, owner: PhotoOwner, photoIds: readonly string[]): Promise<number> {
  if (photoIds.length === 0) return 0;
  const photos = await tx.recordPhoto.findMany({ where: { ...owner, id: { in: [...photoIds] } }, select: { id: true, fileId: true } });
  await tx.recordPhoto.deleteMany({ where: { id: { in: photos.map((p) => p.id) } } });
  await tx.storedFile.deleteMany({ where: { id: { in: photos.map((p) => p.fileId) } } });
  return photos.length;
}

export type RecordPhotoView = { id: string; width: number | null; height: number | null; caption: string | null };

/** A record's photos, in order, without their bytes. */
export async function photosOf(tx: Tx, owner: PhotoOwner): Promise<RecordPhotoView[]> {
  const photos = await tx.recordPhoto.findMany({
    where: owner,
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, caption: true, file: { select: { width: true, height: true } } },
  });
  return photos.map((p) => ({ id: p.id, caption: p.caption, width: p.file.width, height: p.file.height }));
}

export type PhotoBytes = { contentType: string; bytes: Uint8Array; sha256: string };

/**
 * The bytes of one photo of a record (full size or thumbnail). The caller has
 * already checked that the viewer reads the record: a photo is served after
 * the same scope check as its record.
 */
export async function photoBytes(tx: Tx, owner: PhotoOwner, photoId: string, variant: "full" | "thumbnail"): Promise<PhotoBytes | null> {
  const photo = await tx.recordPhoto.findFirst({
    where: { ...owner, id: photoId },
    select: { file: { select: { contentType: true, sha256: true, data: variant === "full", thumbnail: variant === "thumbnail" } } },
  });
  if (!photo) return null;
  const bytes = variant === "full" ? photo.file.data : (photo.file.thumbnail ?? photo.file.data);
  if (!bytes) return null;
  // lib/files encodes a photo and its thumbnail in one format: the file's content type holds for both.
  return { contentType: photo.file.contentType, bytes, sha256: variant === "full" ? photo.file.sha256 : `${photo.file.sha256}-t` };
}
