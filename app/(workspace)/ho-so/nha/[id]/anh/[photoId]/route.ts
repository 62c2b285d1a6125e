import { createHash } from "node:crypto";
import { getViewer } from "@/lib/auth/viewer";
import { NotFoundError } from "@/lib/data/errors";
import { readHousePhoto } from "@/lib/data/houses";
import { fileResponse } from "@/lib/files/file-response";

// /ho-so/nha/[id]/anh/[photoId] (?co=nho for the thumbnail): a house's photo,
// after the same read check as the house (its committee's scope, or a
// funder's); anything else answers 404. Cached by the viewer's browser only.
export async function GET(request: Request, { params }: { params: Promise<{ id: string; photoId: string }> }): Promise<Response> {
  const viewer = await getViewer();
  if (!viewer) return new Response(null, { status: 401, headers: { "Cache-Control": "no-store" } });
  const { id, photoId } = await params;
  const variant = new URL(request.url).searchParams.get("co") === "nho" ? "thumbnail" : "full";
  try {
    const photo = await readHousePhoto(viewer, id, photoId, variant);
    // A thumbnail's tag is its own bytes' hash (the stored one is the full photo's).
    const sha256 = variant === "full" ? photo.sha256 : createHash("sha256").update(photo.bytes).digest("hex");
    return fileResponse(request, { bytes: photo.bytes, contentType: photo.contentType, sha256, fileName: `${photoId}.webp` });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });
    throw error;
  }
}
