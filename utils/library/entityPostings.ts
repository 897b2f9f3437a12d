import { eachDocDesc, type EntityDocsRow, type LibraryDb } from './db';

/**
 * Reading one entity's postings (schema v4): the numbers of the saved
 * articles that name it, in packed chunks. The open chunk (0) holds the
 * newest numbers; sealed chunks 1…`sealed` run oldest to newest. A number may
 * belong to an article since deleted (its `nums` row is gone) or re-saved
 * without the name: callers check the articles they get.
 */

/** All of an entity's chunks in one range read, in chunk order (the open chunk, 0, first). */
function allChunks(db: LibraryDb, id: string): Promise<EntityDocsRow[]> {
  return db.entityDocs.where('[entityId+chunk]').between([id, 0], [id, Infinity], true, true).toArray();
}

/** All of an entity's chunks, newest first (the open one, then sealed ones from the last). */
export async function chunksNewestFirst(db: LibraryDb, id: string): Promise<EntityDocsRow[]> {
  const all = await allChunks(db, id);
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
 * Postings kept in the worker between related queries, so that a query reads
 * only the names it has not met before.
 *
 * - Sealed chunks are never rewritten (saves and imports write only the open
 *   chunk and new sealed ones), so a copy stays right until the entity is
 *   deleted (`drop`) or the library is (`clear`). A name in 75,000 of 100,000
 *   articles has 73 sealed chunks (bitmaps, about 12 KB).
 * - Open chunks change with saves: the one LibraryStore of the background is
 *   the only writer, and it hands every chunk it wrote to `noteWritten` once
 *   its transaction has committed; imports `clear`. A query that read chunks
 *   from the database keeps them only if nothing was written meanwhile (the
 *   generation it started at is still current), so an older copy never
 *   replaces a newer one.
 */
export class PostingsCache {
  private sealedOf = new Map<string, EntityDocsRow[]>();
  private openOf = new Map<string, EntityDocsRow>();
  /**
   * Entities' article counts (the weights' document frequencies): reading an
   * entity row for it also reads its roles, aliases and week counts, a few KB
   * for a name in most of the library, in every query that names it.
   */
  private dfOf = new Map<string, number>();
  private bytes = 0;
  /** Bumped by every write, drop and clear. */
  generation = 0;

  constructor(private maxBytes = 24 * 1024 * 1024) {}

  /** The entity's sealed chunks 1…n, in order (an empty list when it has none), if known. */
  sealed(id: string): EntityDocsRow[] | undefined {
    return this.sealedOf.get(id);
  }

  open(id: string): EntityDocsRow | undefined {
    return this.openOf.get(id);
  }

  /** How many saved articles name the entity, if known. */
  df(id: string): number | undefined {
    return this.dfOf.get(id);
  }

  /** Keep an article count a query read at `gen` (bounded like the chunks: past it, start over). */
  rememberDf(gen: number, id: string, n: number): void {
    if (gen !== this.generation) return;
    if (this.dfOf.size >= 200_000) this.dfOf.clear();
    this.dfOf.set(id, n);
  }

  /** Entity rows a committed write put: their counts replace the kept ones. */
  noteCounts(rows: { id: string; articleCount: number }[]): void {
    this.generation++;
    for (const r of rows) if (this.dfOf.has(r.id)) this.dfOf.set(r.id, r.articleCount);
  }

  /** Keep what a query read at `gen`: the open chunk and sealed chunks 1…n. */
  remember(gen: number, id: string, open: EntityDocsRow, sealed: EntityDocsRow[]): void {
    if (gen !== this.generation) return;
    this.forget(id);
    const size = bytesOf(sealed) + bytesOf([open]);
    // Past the budget, start over rather than track use (the common names come back at the next query).
    if (this.bytes + size > this.maxBytes) this.clear();
    this.sealedOf.set(id, sealed);
    this.openOf.set(id, open);
    this.bytes += size;
  }

  /** Chunks a committed save wrote: open chunks replace their copies; new sealed ones are read when next needed. */
  noteWritten(rows: EntityDocsRow[]): void {
    this.generation++;
    for (const r of rows) {
      const had = r.chunk === 0 ? this.openOf.get(r.entityId) : undefined;
      if (!had) continue; // never asked for: nothing to keep current
      this.openOf.set(r.entityId, r);
      this.bytes += bytesOf([r]) - bytesOf([had]);
    }
  }

  /** The entity's postings were deleted: forget them. */
  drop(id: string): void {
    this.generation++;
    this.forget(id);
    this.dfOf.delete(id);
  }

  clear(): void {
    this.generation++;
    this.dfOf.clear();
    this.sealedOf.clear();
    this.openOf.clear();
    this.bytes = 0;
  }

  private forget(id: string): void {
    const s = this.sealedOf.get(id);
    const o = this.openOf.get(id);
    this.sealedOf.delete(id);
    this.openOf.delete(id);
    if (s) this.bytes -= bytesOf(s);
    if (o) this.bytes -= bytesOf([o]);
  }
}

/**
 * All of an entity's chunks in one range read (the open one first, if any),
 * kept in the cache when they are the whole run 1…n the open chunk counts and
 * nothing was written since `gen`.
 */
async function readAllChunks(db: LibraryDb, id: string, cache: PostingsCache, gen: number): Promise<EntityDocsRow[]> {
  const all = await allChunks(db, id);
  const first = all[0]?.chunk === 0 ? all[0] : undefined;
  const sealed = all.slice(first ? 1 : 0);
  if (first && sealed.length === (first.sealed ?? 0)) cache.remember(gen, id, first, sealed);
  return all;
}

/**
 * Each entity's chunks (the open one first, if any, then sealed ones 1…n),
 * as a related query needs them: names the cache knows cost nothing; the others' open chunks come in one
 * request (most names have no sealed chunk, so that is all they need), and
 * only names with sealed chunks not yet kept read those, one range each.
 * Called inside the query's read transaction (one snapshot): a name without
 * an open chunk has no postings at all (every write puts chunk 0), which is
 * most names of an article that the library has not met.
 */
export async function readPostingsOf(db: LibraryDb, ids: string[], cache: PostingsCache): Promise<EntityDocsRow[][]> {
  const gen = cache.generation;
  const out: EntityDocsRow[][] = new Array(ids.length);
  const need: number[] = [];
  ids.forEach((id, i) => {
    const known = cache.sealed(id);
    const open = cache.open(id);
    if (known && open && (open.sealed ?? 0) === known.length) out[i] = [open, ...known];
    else need.push(i);
  });
  if (!need.length) return out;
  const opens = await db.entityDocs.bulkGet(need.map((i) => [ids[i], 0] as [string, number]));
  await Promise.all(
    need.map(async (i, k) => {
      const id = ids[i];
      const open = opens[k];
      if (!open) {
        out[i] = [];
        return;
      }
      const n = open.sealed ?? 0;
      const known = cache.sealed(id);
      const have = known && known.length <= n ? known : [];
      const more =
        n > have.length
          ? await db.entityDocs
              .where('[entityId+chunk]')
              .between([id, have.length + 1], [id, n], true, true)
              .toArray()
          : [];
      // Sealed chunks missing (a library written by an older build): read it all afresh.
      if (more.length !== n - have.length) {
        out[i] = await readAllChunks(db, id, cache, gen);
        return;
      }
      const sealed = have.length ? [...have, ...more] : more;
      cache.remember(gen, id, open, sealed);
      out[i] = [open, ...sealed];
    }),
  );
  return out;
}

/** About what a chunk list holds in memory (its typed arrays and a row's overhead). */
function bytesOf(rows: EntityDocsRow[]): number {
  return rows.reduce((n, r) => n + (r.docs?.byteLength ?? 0) + (r.bits?.byteLength ?? 0) + 32, 0);
}
