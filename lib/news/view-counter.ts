import "server-only";
import { forgetViews } from "@/lib/cache/public-reads";
import { countArticleViews } from "@/lib/data/article-readers";

// Article views, gathered in this server and written once a second as one
// atomic increment per article: a busy article costs the database one write
// a second, not one per reader, and concurrent servers still add up exactly.
// What a crash loses is at most the last second's views.

const FLUSH_MS = Number(process.env.VIEW_FLUSH_MS ?? 1000);
const pending = new Map<string, number>();
let timer: ReturnType<typeof setInterval> | null = null;

/** Writes the views gathered so far. */
export async function flushViews(): Promise<void> {
  const batch = [...pending];
  pending.clear();
  for (const [articleId, views] of batch) {
    try {
      await countArticleViews(articleId, views);
      forgetViews(articleId);
    } catch {
      // The database is away: keep them for the next flush.
      pending.set(articleId, (pending.get(articleId) ?? 0) + views);
    }
  }
}

/** One view of a published article, written within a second. */
export function recordView(articleId: string): void {
  pending.set(articleId, (pending.get(articleId) ?? 0) + 1);
  if (!timer) {
    timer = setInterval(() => void flushViews(), FLUSH_MS);
    timer.unref?.();
  }
}
