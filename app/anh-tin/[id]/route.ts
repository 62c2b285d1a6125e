import { getViewer } from "@/lib/auth/viewer";
import { readArticleImage } from "@/lib/data/newsroom";
import { fileResponse } from "@/lib/files/file-response";

type Params = { params: Promise<{ id: string }> };

/**
 * An article image (`?co=nho` for the thumbnail): shared caches may keep
 * those of published articles; a draft's images reach only the newsroom and
 * stay in its browsers.
 */
async function serve(request: Request, { params }: Params): Promise<Response> {
  const { id } = await params;
  const variant = new URL(request.url).searchParams.get("co") === "nho" ? "thumbnail" : "full";
  const image = await readArticleImage(await getViewer(), id, variant);
  if (!image) return new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });
  const extension = image.contentType.replace(/^image\//, "").replace("jpeg", "jpg");
  return fileResponse(
    request,
    { bytes: image.bytes, contentType: image.contentType, sha256: image.sha256, fileName: `anh-tin-${id}.${extension}` },
    image.live ? { visibility: "public", maxAge: 86_400 } : {},
  );
}

export { serve as GET, serve as HEAD };
