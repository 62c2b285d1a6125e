import "server-only";
import { createHash } from "node:crypto";
import type { Viewer } from "@/lib/auth/policy";
import { getViewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/data/errors";
import type { PhotoBytes } from "@/lib/data/records/stored-files";
import { fileResponse } from "./file-response";

type Params = { params: Promise<{ id: string; photoId: string }> };

const noStore = (status: number) => new Response(null, { status, headers: { "Cache-Control": "no-store" } });

/**
 * GET and HEAD of a record's photo (`…/<id>/anh/<photo id>`, `?co=nho` for
 * the thumbnail): `read` runs the record's own read check and returns the
 * bytes (null or NotFoundError: 404); sent cached by the viewer's browser
 * only, its ETag the SHA-256 of the bytes sent.
 */
export function recordPhotoRoute(prefix: string, read: (viewer: Viewer, id: string, photoId: string, variant: "full" | "thumbnail") => Promise<PhotoBytes | null>) {
  async function serve(request: Request, { params }: Params): Promise<Response> {
    const viewer = await getViewer();
    if (!viewer) return noStore(401);
    const { id, photoId } = await params;
    const variant = new URL(request.url).searchParams.get("co") === "nho" ? "thumbnail" : "full";
    try {
      const photo = await read(viewer, id, photoId, variant);
      if (!photo) return noStore(404);
      const extension = photo.contentType.replace(/^image\//, "").replace("jpeg", "jpg");
      return fileResponse(request, {
        bytes: photo.bytes,
        contentType: photo.contentType,
        // A thumbnail's tag is its own bytes' hash (the stored one is the full photo's).
        sha256: variant === "full" ? photo.sha256 : createHash("sha256").update(photo.bytes).digest("hex"),
        fileName: `${prefix}-${photoId}${variant === "thumbnail" ? "-nho" : ""}.${extension}`,
      });
    } catch (error) {
      if (error instanceof NotFoundError) return noStore(404);
      throw error;
    }
  }
  return { GET: serve, HEAD: serve };
}
