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

/**
 * The URLs of article numbers, in their order; numbers of deleted articles are
 * dropped. With `known`, numbers already looked up are not asked again: a
 * number's URL never changes (numbers are never reused, except after the whole
 * library is deleted, which must clear it); a deleted article's URL may stay
 * there, and callers read the article rows anyway, which drops it.
 */
export async function urlsOfNums(db: LibraryDb, nums: number[], known?: Map<number, string>): Promise<string[]> {
  const ask = known ? nums.filter((n) => !known.has(n)) : nums;
  // By primary key: one request (an index anyOf walked a cursor: 100 ms at 100,000).
  const rows = ask.length ? await db.nums.bulkGet(ask) : [];
  if (!known) return rows.flatMap((r) => (r ? [r.url] : []));
  // A bounded memo: past the bound it starts again (the next queries refill it).
  if (known.size > 200_000) known.clear();
  for (const r of rows) if (r) known.set(r.n, r.url);
  return nums.flatMap((n) => {
    const u = known.get(n);
    return u === undefined ? [] : [u];
  });
}

/**
 * Sealed chunks of the common names, kept in the worker between queries. A
 * sealed chunk is never rewritten (saves and imports write only the open
 * chunk and new sealed ones), so a copy stays right until the entity is
 * deleted (`drop`) or the library is (`clear`); the one LibraryStore of the
 * background is the only writer. A name in 75,000 of 100,000 articles has 73
 * sealed chunks (bitmaps, about 12 KB): a query then reads its open chunk only.
 */
export class SealedChunkCache {
  private byEntity = new Map<string, EntityDocsRow[]>();
  private bytes = 0;

  constructor(private maxBytes = 16 * 1024 * 1024) {}

  get(id: string): EntityDocsRow[] | undefined {
    return this.byEntity.get(id);
  }

  /** Remember an entity's sealed chunks 1…n, in order. */
  set(id: string, sealed: EntityDocsRow[]): void {
    this.drop(id);
    const size = bytesOf(sealed);
    // Past the budget, start over rather than track use (the common names come back at the next query).
    if (this.bytes + size > this.maxBytes) this.clear();
    this.byEntity.set(id, sealed);
    this.bytes += size;
  }

  drop(id: string): void {
    const had = this.byEntity.get(id);
    if (!had) return;
    this.byEntity.delete(id);
    this.bytes -= bytesOf(had);
  }

  clear(): void {
    this.byEntity.clear();
    this.bytes = 0;
  }
}

/**
 * An entity's chunks (the open one and every sealed one), sealed ones from
 * `cache` where it has them: one read of the open chunk, plus the chunks
 * sealed since. Without a cached copy, one range read of all of them.
 */
export async function readPostings(db: LibraryDb, id: string, cache: SealedChunkCache): Promise<EntityDocsRow[]> {
  const known = cache.get(id);
  const range = () => db.entityDocs.where('[entityId+chunk]');
  if (known) {
    const open = await db.entityDocs.get([id, 0]);
    const n = open?.sealed ?? 0;
    if (open && n >= known.length) {
      const more =
        n > known.length
          ? await range()
              .between([id, known.length + 1], [id, n], true, true)
              .toArray()
          : [];
      if (more.length === n - known.length) {
        if (more.length) cache.set(id, [...known, ...more]);
        return [open, ...known, ...more];
      }
    }
    cache.drop(id); // deleted and named again since: read it afresh
  }
  const all = await range().between([id, 0], [id, Infinity], true, true).toArray();
  const open = all[0]?.chunk === 0 ? all[0] : undefined;
  const sealed = all.slice(open ? 1 : 0);
  // Remembered only as the whole run 1…n the open chunk counts.
  if (open && sealed.length && sealed.length === (open.sealed ?? 0)) cache.set(id, sealed);
  return all;
}

/** About what a chunk list holds in memory (its typed arrays and a row's overhead). */
function bytesOf(rows: EntityDocsRow[]): number {
  return rows.reduce((n, r) => n + (r.docs?.byteLength ?? 0) + (r.bits?.byteLength ?? 0) + 32, 0);
}
