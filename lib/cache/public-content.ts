import "server-only";
import { readContentEpoch } from "@/lib/data/content-version";

// The data of public pages (the home page, articles), kept in this server
// process so a reader's request reads nothing from PostgreSQL while it is
// cached. Public pages render per request (their CSP nonce), so this is what
// keeps them cheap.
//
// Freshness on every server: writers bump `content_version` in their own
// transaction (triggers, migration 20261208012600), and each server polls
// that one row, with the time the next scheduled article comes out, every
// POLL_MS. A change of either drops the whole cache, so no server shows a
// changed or scheduled article more than about a second late. A plain SELECT
// works through a connection pooler, where LISTEN/NOTIFY would need a session.
// What changes without a content change (figures from records, view counts,
// ratings) is cached for a short time instead (`ttlMs`).

const POLL_MS = Number(process.env.CONTENT_POLL_MS ?? 1000);
/** Entries kept at most (the oldest go first): every article read once would otherwise stay. */
const MAX_ENTRIES = 5_000;

type Entry = { value: Promise<unknown>; epoch: string; expiresAt: number };

const state = {
  entries: new Map<string, Entry>(),
  /** The content version and next scheduled publication, as last polled; null before the first poll. */
  epoch: null as string | null,
  polling: null as Promise<void> | null,
  timer: null as ReturnType<typeof setInterval> | null,
  hits: 0,
  misses: 0,
};

async function poll(): Promise<void> {
  try {
    const epoch = await readContentEpoch();
    if (epoch !== state.epoch) {
      state.entries.clear();
      state.epoch = epoch;
    }
  } catch {
    // The database is away: keep serving what is cached; the next poll retries.
  }
}

/** The current epoch, polling once first when none is known yet; the timer keeps it fresh afterwards. */
async function currentEpoch(): Promise<string | null> {
  if (!state.timer) {
    state.timer = setInterval(() => void poll(), POLL_MS);
    state.timer.unref?.();
  }
  if (state.epoch === null) {
    state.polling ??= poll().finally(() => (state.polling = null));
    await state.polling;
  }
  return state.epoch;
}

/**
 * The value of `key`, loaded by `load` when it is not cached (or the content
 * changed, or `ttlMs` passed). Concurrent requests share one load. Without a
 * known content version (database away on the first poll) nothing is cached.
 * Cached values are shared between requests: callers must not change them.
 */
export async function cachedPublic<T>(key: string, load: () => Promise<T>, { ttlMs = Infinity }: { ttlMs?: number } = {}): Promise<T> {
  const epoch = await currentEpoch();
  if (epoch === null) return load();
  const now = Date.now();
  const entry = state.entries.get(key);
  if (entry && entry.epoch === epoch && entry.expiresAt > now) {
    state.hits++;
    return entry.value as Promise<T>;
  }
  state.misses++;
  const value = load();
  state.entries.set(key, { value, epoch, expiresAt: now + ttlMs });
  value.catch(() => {
    if (state.entries.get(key)?.value === value) state.entries.delete(key);
  });
  if (state.entries.size > MAX_ENTRIES) state.entries.delete(state.entries.keys().next().value!);
  return value;
}

/** Drops one key in this process (a write here that other servers may see a little later: a rating, a view). */
export function forgetPublic(key: string): void {
  state.entries.delete(key);
}

/** Hits, misses and entries since this server started (tests read them). */
export const publicCacheStats = () => ({ hits: state.hits, misses: state.misses, entries: state.entries.size, epoch: state.epoch });

/** Polls now (tests: no waiting for the timer). */
export const pollPublicContent = poll;
