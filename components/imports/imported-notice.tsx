import { Alert } from "@/components/ui/alert";
import { requireViewer } from "@/lib/auth/viewer";
import { getImportBatch } from "@/lib/data/import-batches";
import type { ImportKind } from "@/lib/import/types";
import { isRecordId } from "@/lib/validation/fields";

/** "Đã ghi … từ tệp …" on a list after its Excel import (`?nhap=<batch>`), named only to the viewer who uploaded it. */
export async function ImportedNotice({ kind, batchId, text }: { kind: ImportKind; batchId: unknown; text: (values: { count: number; file: string }) => string }) {
  if (typeof batchId !== "string" || !isRecordId(batchId)) return null;
  const batch = await getImportBatch(await requireViewer(), kind, batchId).catch(() => null);
  if (batch?.committedCount == null) return null;
  return (
    <Alert tone="success" className="mb-4">
      {text({ count: batch.committedCount, file: batch.fileName })}
    </Alert>
  );
}
