import {
  BUNDLE_CHUNK,
  BUNDLE_FROM,
  bundleChunks,
  eachDocDesc,
  openChunkOf,
  type EntityDocsRow,
  type EntityRow,
  type LibraryDb,
} from './db';

/**
 * Reading one entity's postings (schema v4): the numbers of the saved
 * articles that name it, in packed chunks. The open chunk (0) holds the
 * newest numbers; sealed chunks 1…`sealed` run oldest to newest. A number may
 * belong to an article since deleted (its `nums` row is gone) or re-saved
 * without the name: callers check the articles they get.
 */

/**
 * All of an entity's chunks in chunk order: the open one (0, in the entity
 * row since v8) first, if any, then the sealed ones in one range read.
 * Inside a transaction, it must hold `entities` and `entityDocs`.
 */
async function allChunks(db: LibraryDb, id: string): Promise<EntityDocsRow[]> {
  const [row, sealed] = await Promise.all([
    db.entities.get(id),
    db.entityDocs.where('[entityId+chunk]').between([id, 1], [id, Infinity], true, true).toArray(),
  ]);
  const open = openChunkOf(row);
  return open ? [open, ...sealed] : sealed;
}

/** All of an entity's chunks, newest first (the open one, then sealed ones from the last). */
export async function chunksNewestFirst(db: LibraryDb, id: string): Promise<EntityDocsRow[]> {
  const all = await allChunks(db, id);
  return [...all.slice(0, 1), ...all.slice(1).reverse()];
}

/**
 * Up to `n` distinct numbers, newest first, reading only the chunks needed:
 * the open chunk, then sealed ones from the last (one request each, usually
 * none). The open chunk is in the entity row: pass `row` when it is read already.
 */
export async function newestNums(db: LibraryDb, id: string, n: number, row?: EntityRow): Promise<number[]> {
  const out: number[] = [];
  const seen = new Set<number>();
  const take = (x: number) => {
    if (!seen.has(x)) {
      seen.add(x);
      out.push(x);
    }
    return out.length < n;
  };
  const open = openChunkOf(row ?? (await db.entities.get(id)));
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
  /** Sealed numbers as read (chunks, or a bundle and the chunks after it) and how many chunks (1…count) they cover. */
  private sealedOf = new Map<string, { rows: EntityDocsRow[]; count: number }>();
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

  /** The numbers of the entity's sealed chunks 1…count (no rows when it has none), if known. */
  sealed(id: string): { rows: EntityDocsRow[]; count: number } | undefined {
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

  /** Keep what a query read at `gen`: the open chunk and the numbers of sealed chunks 1…open.sealed. */
  remember(gen: number, id: string, open: EntityDocsRow, sealed: EntityDocsRow[]): void {
    if (gen !== this.generation) return;
    this.forget(id);
    const size = bytesOf(sealed) + bytesOf([open]);
    // Past the budget, start over rather than track use (the common names come back at the next query).
    if (this.bytes + size > this.maxBytes) this.clear();
    this.sealedOf.set(id, { rows: sealed, count: open.sealed ?? 0 });
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
    if (s) this.bytes -= bytesOf(s.rows);
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
 * Each entity's postings as a related query needs them: its open chunk first,
 * then rows holding the numbers of its sealed chunks (the chunks themselves,
 * or its bundle and the chunks after it). Names the cache knows cost nothing;
 * the others' entity rows (which hold the open chunk since v8) and bundles
 * come in two requests at once (most names have no sealed chunk, so that is
 * all they need), and only sealed chunks neither the cache nor the bundle
 * covers are read, one range per name. The entity rows of `countsOf` are read
 * with them, and every row read puts its article count in `counts`.
 * Called inside the query's read transaction (one snapshot): a name without
 * an open chunk has no postings at all (every write that names it puts one),
 * which is most names of an article that the library has not met.
 */
export async function readPostingsOf(
  db: LibraryDb,
  ids: string[],
  cache: PostingsCache,
  countsOf: string[] = [],
  counts = new Map<string, number>(),
): Promise<EntityDocsRow[][]> {
  const gen = cache.generation;
  const out: EntityDocsRow[][] = new Array(ids.length);
  const need: number[] = [];
  ids.forEach((id, i) => {
    const known = cache.sealed(id);
    const open = cache.open(id);
    if (known && open && (open.sealed ?? 0) === known.count) out[i] = [open, ...known.rows];
    else need.push(i);
  });
  const rowIds = [...new Set([...need.map((i) => ids[i]), ...countsOf])];
  if (!rowIds.length) return out;
  const [rows, bundles] = await Promise.all([
    db.entities.bulkGet(rowIds),
    need.length ? db.entityDocs.bulkGet(need.map((i) => [ids[i], BUNDLE_CHUNK] as [string, number])) : [],
  ]);
  const rowOf = new Map(rowIds.map((id, k) => [id, rows[k]]));
  for (const [id, row] of rowOf) counts.set(id, row?.articleCount ?? 0);
  await Promise.all(
    need.map(async (i, k) => {
      const id = ids[i];
      const open = openChunkOf(rowOf.get(id));
      if (!open) {
        out[i] = [];
        return;
      }
      const n = open.sealed ?? 0;
      // What is already there: the kept numbers or the bundle, whichever covers more.
      const known = cache.sealed(id);
      const bundle = bundles[k];
      let have: EntityDocsRow[] = [];
      let count = 0;
      if (known && known.count <= n) [have, count] = [known.rows, known.count];
      if (bundle && (bundle.upTo ?? 0) > count && (bundle.upTo ?? 0) <= n) [have, count] = [[bundle], bundle.upTo!];
      const more =
        n > count
          ? await db.entityDocs
              .where('[entityId+chunk]')
              .between([id, count + 1], [id, n], true, true)
              .toArray()
          : [];
      // Sealed chunks missing (a library written by an older build): read it all afresh.
      if (more.length !== n - count) {
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

/**
 * Bring the bundles of `ids` up to their sealed chunks (after saves or an
 * import sealed some): one read-write transaction that writes only postings; the
 * old bundle and the chunks it lacks are merged. Names with fewer than
 * `BUNDLE_FROM` sealed chunks get none.
 */
export async function refreshBundles(db: LibraryDb, ids: string[]): Promise<number> {
  if (!ids.length) return 0;
  return db.transaction('rw', [db.entities, db.entityDocs], async () => {
    const [rows, bundles] = await Promise.all([
      db.entities.bulkGet(ids),
      db.entityDocs.bulkGet(ids.map((id) => [id, BUNDLE_CHUNK] as [string, number])),
    ]);
    const put: EntityDocsRow[] = [];
    await Promise.all(
      ids.map(async (id, k) => {
        const n = rows[k]?.open?.sealed ?? 0;
        const bundle = bundles[k];
        const from = bundle && (bundle.upTo ?? 0) <= n ? bundle.upTo! : 0;
        if (n < BUNDLE_FROM || from >= n) return;
        const more = await db.entityDocs
          .where('[entityId+chunk]')
          .between([id, from + 1], [id, n], true, true)
          .toArray();
        if (more.length !== n - from) return; // chunks missing: readers read what is there
        put.push(bundleChunks(id, from ? [bundle!, ...more] : more, n));
      }),
    );
    await db.entityDocs.bulkPut(put);
    return put.length;
  });
}

/** About what a chunk list holds in memory (its typed arrays and a row's overhead). */
function bytesOf(rows: EntityDocsRow[]): number {
  return rows.reduce((n, r) => n + (r.docs?.byteLength ?? 0) + (r.bits?.byteLength ?? 0) + 32, 0);
}
