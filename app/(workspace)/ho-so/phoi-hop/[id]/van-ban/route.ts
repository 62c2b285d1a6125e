import { getViewer } from "@/lib/auth/viewer";
import { agreementDocument } from "@/lib/data/agreements";
import { NotFoundError } from "@/lib/data/errors";
import { fileResponse } from "@/lib/files/file-response";

// /ho-so/phoi-hop/[id]/van-ban: the signed PDF, after the same read check as
// the agreement's page (the keeper's lineage or a signatory committee's);
// 404 for anyone else and when no document is attached. Cached by the
// viewer's browser only, revalidated by its SHA-256 (ETag). PDFs are offered
// as a download, never shown inline from the portal's origin.
const notFound = () => new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const viewer = await getViewer();
  if (!viewer) return new Response(null, { status: 401, headers: { "Cache-Control": "no-store" } });
  const { id } = await params;
  try {
    const document = await agreementDocument(viewer, id);
    if (!document) return notFound();
    return fileResponse(request, { bytes: document.data, contentType: document.contentType, sha256: document.sha256, fileName: document.originalName ?? "van-ban.pdf" });
  } catch (error) {
    if (error instanceof NotFoundError) return notFound();
    throw error;
  }
}
