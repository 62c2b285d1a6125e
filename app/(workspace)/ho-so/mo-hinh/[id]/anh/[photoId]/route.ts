import { getViewer } from "@/lib/auth/viewer";
import { getModelPhoto } from "@/lib/data/models";
import { NotFoundError } from "@/lib/data/errors";
import { fileResponse } from "@/lib/files/file-response";

// /ho-so/mo-hinh/<id>/anh/<photo id>[?co=nho]: a model's photo (or its
// thumbnail), served after the same read check as the model, cached
// privately by the viewer's browser.

const notFound = () => new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });

async function serve(request: Request, { params }: { params: Promise<{ id: string; photoId: string }> }): Promise<Response> {
  const viewer = await getViewer();
  if (!viewer) return new Response(null, { status: 401, headers: { "Cache-Control": "no-store" } });
  const { id, photoId } = await params;
  const variant = new URL(request.url).searchParams.get("co") === "nho" ? "thumbnail" : "full";
  try {
    const photo = await getModelPhoto(viewer, id, photoId, variant);
    if (!photo) return notFound();
    return fileResponse(request, photo);
  } catch (error) {
    if (error instanceof NotFoundError) return notFound();
    throw error;
  }
}

export const GET = serve;
export const HEAD = serve;
