import "server-only";
import { getDb } from "@/lib/db";

/**
 * What public content is as of now: the content version (bumped by triggers
 * with every change public pages show, migration 20261208012600) and the
 * time the next scheduled article comes out. Either changing means cached
 * public data is stale (lib/cache/public-content).
 */
export async function readContentEpoch(): Promise<string> {
  const [row] = await getDb().$queryRaw<{ version: bigint; next_at: Date | null }[]>`
    select v.version,
           (select min(a.published_at) from articles a where a.status = 'PUBLISHED' and a.published_at > now()) as next_at
      from content_version v where v.id = 1`;
  return `${row?.version ?? 0}:${row?.next_at?.getTime() ?? ""}`;
}
