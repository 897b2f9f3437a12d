import { eachDocDesc, type EntityDocsRow, type LibraryDb } from './db';

/**
 * Reading one entity's postings (schema v4): the numbers of the saved
 * articles that name it, in packed chunks. The open chunk (0) holds the
 * newest numbers; sealed chunks 1…`sealed` run oldest to newest. A number may
 * belong to an article since deleted (its `nums` row is gone) or re-saved
 * without the name: callers check the articles they get.
 */

/** All of an entity's chunks, newest first (the open one, then sealed ones from the last). */
export async function chunksNewestFirst(db: LibraryDb, id: string): Promise<EntityDocsRow[]> {
  const all = await db.entityDocs.where('[entityId+chunk]').between([id, 0], [id, Infinity], true, true).toArray();
  return [...all.slice(0, 1), ...all.slice(1).reverse()];
}

/**
 * Up to `n` distinct numbers, newest first, reading only the chunks needed:
 * the open chunk, then sealed ones from the last (one request each, usually none).
 */
export async function newestNums(db: LibraryDb, id: string, n: number): Promise<number[]> {
  const out: number[] = [];
  const seen = new Set<number>();
  const take = (x: number) => {
    if (!seen.has(x)) {
      seen.add(x);
      out.push(x);
    }
    return out.length < n;
  };
  const open = await db.entityDocs.get([id, 0]);
  if (!open || !eachDocDesc(open, take)) return out;
  for (let c = open.sealed ?? 0; c >= 1; c--) {
    const row = await db.entityDocs.get([id, c]);
    if (row && !eachDocDesc(row, take)) break;
  }
  return out;
}

/** Every distinct number of an entity's postings, newest first. */
export async function allNums(db: LibraryDb, id: string): Promise<number[]> {
  const out: number[] = [];
  const seen = new Set<number>();
  for (const row of await chunksNewestFirst(db, id))
    eachDocDesc(row, (x) => {
      if (!seen.has(x)) {
        seen.add(x);
        out.push(x);
      }
      return true;
    });
  return out;
}

/** The URLs of article numbers, in their order; numbers of deleted articles are dropped. */
export async function urlsOfNums(db: LibraryDb, nums: number[]): Promise<string[]> {
  // By primary key: one request (an index anyOf walked a cursor: 100 ms at 100,000).
  const rows = await db.nums.bulkGet(nums);
  return rows.flatMap((r) => (r ? [r.url] : []));
}
