import type { LibraryStore } from '../library/libraryStore';

/**
 * Delete the articles saved before `cutoff` (epoch ms), oldest batches first,
 * through the store's own delete (which keeps entities, mentions and the
 * search index consistent). Returns how many were deleted.
 */
export async function pruneLibrary(store: LibraryStore, cutoff: number | null, batch = 200): Promise<number> {
  if (cutoff === null || !Number.isFinite(cutoff)) return 0;
  let n = 0;
  for (;;) {
    // `to` is inclusive: step 1 ms back so an article saved exactly at the cutoff stays.
    const old = await store.list({ to: cutoff - 1, limit: batch });
    if (!old.length) return n;
    let progressed = false;
    for (const a of old)
      if (await store.delete(a.url)) {
        n++;
        progressed = true;
      }
    if (!progressed) return n;
  }
}
