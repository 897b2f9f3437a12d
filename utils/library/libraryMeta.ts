import { NUMS_META, type LibraryDb } from './db';

/** The `meta` key of the kept article count (see LibraryStore.count). */
export const COUNT_META = 'articleCount';

/** Give out `count` article numbers (inside a transaction holding meta); returns the first. */
export async function allocNums(db: LibraryDb, count: number): Promise<number> {
  const kept = (await db.meta.get(NUMS_META))?.value as { next: number } | undefined;
  const first = kept?.next ?? 1;
  await db.meta.put({ key: NUMS_META, value: { next: first + count } });
  return first;
}

/** Inside a write transaction holding meta: move the kept count by `delta` (unless it is yet to be taken). */
export async function bumpCount(db: LibraryDb, delta: number): Promise<void> {
  const kept = (await db.meta.get(COUNT_META))?.value;
  if (typeof kept === 'number') await db.meta.put({ key: COUNT_META, value: Math.max(0, kept + delta) });
}
