import type { CastEntry, EntityLibraryStats, RelatedArticle, SavedArticle } from '../types';
import {
  addAlias,
  cardOf,
  articleDate,
  dropRole,
  dedupeCast,
  JOURNAL_SEQ,
  NUMS_META,
  type JournalRow,
  withoutPostings,
  type EntityRow,
  type LibraryDb,
  type SearchCard,
} from './db';
import { bestByPostings } from './bestByPostings';
import { lapTimer } from './lapTimer';
import { entityPage, entityStats, type EntityPage } from './entityViews';
import { snippetOf } from './snippetOf';

export type { EntityPage };
export { snippetOf };
import { allNums, PostingsCache, readPostingsOf, refreshBundles, urlsOfNums } from './entityPostings';
import { bumpWeek } from './entityWeeks';
import { entityWeights, rankRelated } from './rankRelated';
import { SearchIndex, type LibrarySearch } from './searchIndex';
import { TermIndex } from './termIndex';
import type { ExportArticle, ExportEntity } from './validateImport';
import { addImportedArticles } from './addImportedArticles';
import { mergeImportedEntities } from './mergeImportedEntities';
import { bumpCount, COUNT_META } from './libraryMeta';
import {
  applyJournal,
  applyJournalRows,
  JOURNAL_APPLIED,
  NOTHING_APPLIED,
  owedJournal,
  type Applied,
} from './entityJournal';

/** Journal rows applied are deleted by the save after this many more (a few KB). */
const TIDY_EVERY = 8;

export type SaveInput = Omit<SavedArticle, 'savedAt' | 'entityIds'> & {
  /** The article's full text, for search; the excerpt stands in when absent. */
  text?: string;
};

/** A write the browser refused for lack of space; nothing of it was applied. */
export class LibraryFullError extends Error {
  constructor() {
    super(
      'Your browser has no more space for the Dramatis library. Delete old articles or free disk space, then save again.',
    );
    this.name = 'LibraryFullError';
  }
}

export interface ListQuery {
  site?: string | null;
  /** Saved between these epoch-ms bounds (inclusive). */
  from?: number | null;
  to?: number | null;
  limit?: number;
}

export interface SearchResultRow {
  /** What the result shows of the article. */
  article: SearchCard & { url: string };
  score: number;
  terms: string[];
  /** Plain text around the first match (render as text only). */
  snippet: string;
}

export interface ImportReport {
  added: number;
  /** Already in the library: left as they were. */
  skipped: number;
  entitiesAdded: number;
  entitiesMerged: number;
}

export interface StoreOptions {
  /** Ask the browser not to evict the library; called once, after the first save. Null: cannot ask here. */
  persist?: () => Promise<boolean | null>;
  /** Benchmarks: where a related query's time goes (phase name → ms, added per query). */
  trace?: Record<string, number>;
  search?: {
    /**
     * 'terms' (default): the token index in IndexedDB. 'minisearch': MiniSearch in
     * persisted segments, kept for the benchmark's comparison; a database is
     * indexed by one or the other (both use `texts.seg`), never both.
     */
    engine?: 'terms' | 'minisearch';
    segmentSize?: number;
    /** Token index: postings per block (tests use small blocks). */
    blockSize?: number;
    flushDelay?: number;
  };
}

/**
 * The reader's library. Only the background service worker holds one.
 * Every write lands whole or not at all: each is one transaction, except a
 * save (since v10), whose article, text and journal row (what it owes its
 * entities) are one and whose entity updates, applied from the journal,
 * another (entityJournal.ts); a reader of entities never sees the first
 * without the second.
 */
export class LibraryStore {
  readonly search: LibrarySearch;
  private persistAsked = false;
  /** Article count, cached (counting IndexedDB rows walks them); null = recount. */
  private total: number | null = null;
  /** Postings of the names related queries met, kept current by this store's own writes. */
  private postings = new PostingsCache();
  /** Article number → URL, as looked up by related queries (a number's URL never changes). */
  private numUrls = new Map<number, string>();
  /** Bundle rebuilds queued after writes that sealed postings chunks, one at a time. */
  private bundling: Promise<void> = Promise.resolve();
  /** Saves called whose entity updates are not applied yet (each settles once they are, or the save failed). */
  private owed = new Set<Promise<void>>();
  /** Journal rows this worker's saves committed and has not seen applied yet, for the transactions applying them. */
  private journal: JournalRow[] = [];
  /** The journal is applied up to this row, as far as this worker has seen; rows up to `tidied` are deleted. */
  private appliedSeq = 0;
  private tidied = 0;
  /** A replay of the journal from the database (at a worker's start, or after a failed application). */
  private replaying: Promise<void> | null = null;
  /**
   * The last application of the journal went through. False at a worker's
   * start (an earlier worker may have stopped between a save's two
   * transactions, leaving its entity updates owed) and after a failed one:
   * the next reader replays what the database says is owed first.
   */
  private replayed = false;

  constructor(
    private db: LibraryDb,
    private now: () => number = Date.now,
    private opts: StoreOptions = {},
  ) {
    const engine =
      opts.search?.engine ?? (import.meta.env?.WXT_LIBRARY_SEARCH === 'minisearch' ? 'minisearch' : 'terms');
    this.search =
      engine === 'minisearch'
        ? new SearchIndex(db, opts.search)
        : new TermIndex(db, { ...opts.search, trace: () => this.opts.trace });
    // A worker stopped between a save's two transactions left its entity updates in the journal.
    void this.replay();
  }

  /**
   * Save or update (same URL never duplicates). Resolves once the article,
   * its text and what it owes its entities (one journal row) are committed,
   * in one transaction: it lands whole or not at all. The entity rows are
   * updated from the journal in a second transaction right after
   * (`applyPending`); every reader of entities waits for that (`applied`).
   */
  async save(input: SaveInput): Promise<SavedArticle> {
    // Counted from the call on, so a reader that starts after it waits for its entities.
    let done!: () => void;
    const owed = new Promise<void>((ok) => (done = ok));
    this.owed.add(owed);
    const settle = () => {
      this.owed.delete(owed);
      done();
    };
    let article: SavedArticle;
    let created = false;
    let reindex = true;
    let owes: JournalRow;
    try {
      ({ article, created, reindex, owes } = await this.saveArticle(input));
    } catch (e) {
      settle();
      throw isQuotaError(e) ? new LibraryFullError() : e;
    }
    // Its entity updates, in a transaction begun now: IndexedDB runs it before
    // any reading transaction begun after this save returns.
    this.journal.push(owes);
    void this.applyKnown().finally(settle);
    if (created && this.total !== null) this.total += 1;
    if (reindex) this.search.noteSaved({ url: article.url, title: article.title, text: input.text ?? article.excerpt });
    await this.askPersist();
    return article;
  }

  /** The save's one transaction: article, text, number, counters, journal row. */
  private async saveArticle(
    input: SaveInput,
  ): Promise<{ article: SavedArticle; created: boolean; reindex: boolean; owes: JournalRow }> {
    const t = this.now();
    const db = this.db;
    const lap = lapTimer(this.opts.trace);
    const tables = [db.articles, db.texts, db.nums, db.meta, db.searchDocs, db.journal];
    const tidy = this.appliedSeq - this.tidied >= TIDY_EVERY ? this.appliedSeq : 0;
    const out = await db.transaction('rw', tables, async () => {
      const { text, ...rest } = input;
      // Cast entries are keyed by id; a page listing one twice would double-count.
      const cast = dedupeCast(input.cast);
      const ids = cast.map((c) => c.id);
      // Every read at once, then every write at once: IndexedDB runs a
      // transaction's requests in order, so nothing waits for a round trip
      // between them (awaiting each cost about a millisecond apiece).
      const [old, num, kept, count, given] = await Promise.all([
        db.articles.get(input.url),
        db.nums.where('url').equals(input.url).first(),
        db.meta.get(NUMS_META),
        db.meta.get(COUNT_META),
        db.meta.get(JOURNAL_SEQ),
      ]);
      // A new article has no text yet: only a re-save reads the old one.
      const oldText = old ? await db.texts.get(input.url) : undefined;
      lap('save reads');
      const a: SavedArticle = { ...rest, cast, savedAt: old?.savedAt ?? t, entityIds: ids };
      const date = articleDate(a);
      // Saved again unchanged (the common case: the reader comes back to a page):
      // the search index already holds it, so keep its place there.
      const body = text ?? a.excerpt;
      const reindex = !old || !oldText || oldText.seg === 0 || oldText.text !== body || old.title !== a.title;
      // Its number (kept through re-saves).
      const writes: Promise<unknown>[] = [];
      let n = num?.n;
      if (n === undefined) {
        n = (kept?.value as { next: number } | undefined)?.next ?? 1;
        writes.push(db.meta.put({ key: NUMS_META, value: { next: n + 1 } }), db.nums.put({ url: a.url, n }));
      }
      // What its entities are owed, applied right after this commits (entityJournal.ts),
      // numbered after the last save's.
      const seq = ((given?.value as number | undefined) ?? 0) + 1;
      const owes: JournalRow = {
        seq,
        url: a.url,
        n,
        hadNum: !!num,
        t,
        date,
        oldDate: old ? articleDate(old) : date,
        cast,
        oldCast: old?.cast ?? [],
      };
      writes.push(
        db.articles.put(a),
        db.texts.put({ url: a.url, text: body, seg: reindex ? 0 : oldText!.seg }),
        db.journal.put(owes),
        db.meta.put({ key: JOURNAL_SEQ, value: seq }),
      );
      // Rows applied are deleted now and then, a few at once.
      if (tidy) writes.push(db.journal.where(':id').belowOrEqual(tidy).delete());
      // Kept in the search index unchanged, but shown differently: its card follows (v9).
      if (
        !reindex &&
        this.search instanceof TermIndex &&
        ((old!.site ?? null) !== (a.site ?? null) || (old!.publishedAt ?? null) !== (a.publishedAt ?? null))
      )
        writes.push(db.searchDocs.put({ d: oldText!.seg, url: a.url, card: cardOf(a) }));
      if (!old && typeof count?.value === 'number')
        writes.push(db.meta.put({ key: COUNT_META, value: count.value + 1 }));
      lap('save compute');
      await Promise.all(writes);
      lap('save writes');
      return { article: a, created: !old, reindex, owes };
    });
    lap('save commit');
    if (tidy > this.tidied) this.tidied = tidy;
    return out;
  }

  /**
   * Apply the journal rows this worker's saves committed, in one transaction
   * that holds no table a save writes (a save made meanwhile does not wait for
   * it). Transactions begun one after another run in that order, each
   * applying what is still owed when it runs. Failing (a full disk), the rows
   * stay owed and the next reader replays them from the database.
   */
  private applyKnown(): Promise<void> {
    const db = this.db;
    const rows = this.journal;
    return db
      .transaction('rw', [db.entities, db.entityDocs, db.journalApplied], () => applyJournalRows(db, rows))
      .then(
        (applied) => this.noteApplied(applied),
        (e) => {
          this.replayed = false;
          notApplied(e);
        },
      );
  }

  /**
   * What the database says is owed (every row after the last applied, and
   * the rows applied before deleted), applied: at a worker's start, and after
   * a failed application. One at a time.
   */
  private replay(): Promise<void> {
    if (this.replaying) return this.replaying;
    const db = this.db;
    const run = (async () => {
      try {
        const owed = await db.transaction('rw', [db.journal, db.journalApplied], () => owedJournal(db, true));
        const applied = !owed.length
          ? NOTHING_APPLIED
          : await db.transaction('rw', [db.entities, db.entityDocs, db.journalApplied], () =>
              applyJournalRows(db, owed),
            );
        this.noteApplied(applied);
        this.replayed = true;
      } catch (e) {
        this.replayed = false;
        notApplied(e);
      } finally {
        this.replaying = null;
      }
    })();
    this.replaying = run;
    return run;
  }

  /** Committed entity updates (journal rows applied): what is known owed, and the related queries' copies, follow. */
  private noteApplied(applied: Applied): void {
    if (applied.upTo > this.appliedSeq) {
      this.appliedSeq = applied.upTo;
      this.journal = this.journal.filter((r) => r.seq > this.appliedSeq);
    }
    // Rows after one this worker never saw (its save's continuation not run yet,
    // or an earlier worker's): the next reader reads what is owed from the database.
    if (applied.gap) this.replayed = false;
    if (!applied.counted.length) return;
    this.postings.noteWritten(applied.written);
    this.postings.noteCounts(applied.counted);
    this.rebundle(applied.sealed);
  }

  /**
   * Resolves once the entity updates of every save called before it are
   * applied (and, at a worker's first call, any journal an earlier worker
   * left). Readers of entity rows call it right before their transaction.
   */
  async applied(): Promise<void> {
    if (this.owed.size) await Promise.all(this.owed);
    if (!this.replayed) await this.replay();
  }

  /**
   * Rebuild the bundles of names whose postings gained sealed chunks, after
   * the write that sealed them (a save pays nothing for it; until it is done,
   * related queries read the chunks the bundle lacks).
   */
  private rebundle(ids: string[]): void {
    if (!ids.length) return;
    this.bundling = this.bundling
      .then(() => refreshBundles(this.db, [...new Set(ids)]))
      .then(
        () => undefined,
        (e) => console.debug('[dramatis] postings bundle not rebuilt:', e),
      );
  }

  /** Resolves once the entity updates of the saves so far and the bundle rebuilds they queued are done. */
  async settled(): Promise<void> {
    await this.applied();
    await this.bundling;
  }

  /** navigator.storage.persist() once, after the first save (browsers may evict non-persistent data). */
  private async askPersist() {
    if (this.persistAsked || !this.opts.persist) return;
    this.persistAsked = true;
    try {
      const done = await this.db.meta.get('persistRequested');
      if (done) return;
      const granted = await this.opts.persist();
      if (granted === null) return; // not available in this context: the library page asks instead
      await this.db.meta.put({ key: 'persistRequested', value: { at: this.now(), granted } });
    } catch (e) {
      console.warn('[dramatis] storage.persist failed:', (e as Error).message);
    }
  }

  async get(url: string): Promise<SavedArticle | undefined> {
    return this.db.articles.get(url);
  }

  async getText(url: string): Promise<string | undefined> {
    return (await this.db.texts.get(url))?.text;
  }

  /** Newest first, optionally one site's, saved between two dates. */
  async list(q: ListQuery | number = {}): Promise<SavedArticle[]> {
    const { site, from, to, limit = 500 } = typeof q === 'number' ? { limit: q } : q;
    const lo = from ?? -Infinity;
    const hi = to ?? Infinity;
    const coll =
      site !== undefined && site !== null
        ? this.db.articles.where('[site+savedAt]').between([site, lo], [site, hi], true, true)
        : this.db.articles.where('savedAt').between(lo, hi, true, true);
    return coll.reverse().limit(limit).toArray();
  }

  /**
   * How many articles the library holds. Since v4 the count is kept in
   * `meta` by every write that adds or removes an article, in its own
   * transaction, so nothing walks the library for it: counting 100,000 rows
   * took 0.9–4 s, which every worker start paid (or ran in the background,
   * slowing the first queries). A library without it is counted once.
   */
  async count(): Promise<number> {
    if (this.total === null) {
      const db = this.db;
      this.total = await db.transaction('rw', [db.articles, db.meta], async () => {
        const kept = (await db.meta.get(COUNT_META))?.value;
        if (typeof kept === 'number') return kept;
        const n = await db.articles.count();
        await db.meta.put({ key: COUNT_META, value: n });
        return n;
      });
    }
    return this.total;
  }

  /** Sites with their article counts, most articles first. */
  async sites(): Promise<{ site: string; count: number }[]> {
    const names = (await this.db.articles.orderBy('site').uniqueKeys()) as string[];
    const counts = await Promise.all(names.slice(0, 300).map((s) => this.db.articles.where('site').equals(s).count()));
    return names
      .slice(0, 300)
      .map((site, i) => ({ site, count: counts[i] }))
      .sort((a, b) => b.count - a.count || a.site.localeCompare(b.site));
  }

  async delete(url: string): Promise<boolean> {
    const db = this.db;
    const tables = [db.articles, db.entities, db.texts, db.nums, db.meta, db.entityDocs, db.journal, db.journalApplied];
    let counted: EntityRow[] = [];
    let applied = NOTHING_APPLIED;
    const ok = await db.transaction('rw', tables, async () => {
      // What saves still owe the entities first, so the counts it takes back are there.
      applied = await applyJournal(db);
      const old = await db.articles.get(url);
      if (!old) return false;
      const date = articleDate(old);
      const rows = await db.entities.bulkGet(old.cast.map((c) => c.id));
      // Its names lose one article: count, the role it gave, its week.
      const put = rows.flatMap((row, i) =>
        row
          ? [
              {
                ...row,
                articleCount: Math.max(0, row.articleCount - 1),
                roles: dropRole(row.roles ?? [], old.cast[i].role),
                weeks: bumpWeek(row.weeks, date, -1),
              },
            ]
          : [],
      );
      await Promise.all([
        bumpCount(this.db, -1),
        db.entities.bulkPut((counted = put)),
        db.articles.delete(url),
        db.texts.delete(url),
        // Its number goes (never given again); postings holding it are dropped when read.
        db.nums.where('url').equals(url).delete(),
      ]);
      return true;
    });
    this.noteApplied(applied);
    if (ok) {
      this.total = null;
      this.postings.noteCounts(counted);
      this.search.noteDeleted(url);
    }
    return ok;
  }

  /** Delete every article of one site; returns how many. */
  async deleteSite(site: string): Promise<number> {
    const urls = (await this.db.articles.where('site').equals(site).primaryKeys()) as string[];
    let n = 0;
    for (const u of urls) if (await this.delete(u)) n++;
    return n;
  }

  /**
   * Forget an entity: its row, its postings, and its place in every saved
   * article's cast (the articles stay). One transaction.
   */
  async deleteEntity(id: string): Promise<number> {
    const db = this.db;
    const tables = [db.articles, db.entities, db.nums, db.entityDocs, db.journal, db.journalApplied];
    let applied = NOTHING_APPLIED;
    const changed = await db.transaction('rw', tables, async () => {
      // Saves still owing this name its articles apply first: else they would bring it back.
      applied = await applyJournal(db);
      const urls = await urlsOfNums(db, await allNums(db, id));
      await db.entityDocs.where('[entityId+chunk]').between([id, -Infinity], [id, Infinity]).delete();
      this.postings.drop(id);
      const arts = await db.articles.bulkGet(urls);
      const updated = arts
        // Postings keep an article a re-save took the name from: only those naming it change.
        .filter((a): a is SavedArticle => !!a && a.entityIds.includes(id))
        .map((a) => ({
          ...a,
          cast: a.cast.filter((c) => c.id !== id),
          entityIds: a.entityIds.filter((x) => x !== id),
        }));
      await db.articles.bulkPut(updated);
      await db.entities.delete(id);
      return updated.length;
    });
    this.noteApplied(applied);
    // Again once committed: a related query running meanwhile may have kept the old chunks.
    this.postings.drop(id);
    return changed;
  }

  /**
   * The reader's correction of a name or type: kept in `corrections` so later
   * saves of articles naming it do not undo it. Returns the updated row.
   */
  async correctEntity(id: string, fix: { name?: string; type?: EntityRow['type'] }): Promise<EntityRow | null> {
    const db = this.db;
    let applied = NOTHING_APPLIED;
    const out = await db.transaction('rw', [db.entities, db.entityDocs, db.journal, db.journalApplied], async () => {
      // Saves still owed to it first (one may be the one that makes its row).
      applied = await applyJournal(db);
      const row = await this.db.entities.get(id);
      if (!row) return null;
      const name = fix.name?.trim().slice(0, 500);
      const corrections = { ...row.corrections, ...(name ? { name } : {}), ...(fix.type ? { type: fix.type } : {}) };
      const next: EntityRow = {
        ...row,
        name: corrections.name ?? row.name,
        type: corrections.type ?? row.type,
        aliases: name ? addAlias(row.aliases ?? [], name, row.name) : row.aliases,
        corrections,
      };
      await this.db.entities.put(next);
      return withoutPostings(next);
    });
    this.noteApplied(applied);
    return out;
  }

  /** Everything: articles, texts, entities, postings, search index. */
  async deleteAll(): Promise<void> {
    const db = this.db;
    const tables = [
      db.articles,
      db.entities,
      db.texts,
      db.searchSegments,
      db.searchDocs,
      db.terms,
      db.postings,
      db.nums,
      db.entityDocs,
      db.journal,
      db.journalApplied,
    ];
    await db.transaction('rw', [...tables, db.meta], async () => {
      // The journal is emptied as applied up to the last row given (its numbers go
      // on from there), so entity updates owed before this are never applied after it.
      const last = (await db.meta.get(JOURNAL_SEQ))?.value;
      await Promise.all([...tables.map((t) => t.clear()), db.meta.bulkDelete(['termIndex', NUMS_META])]);
      if (typeof last === 'number') await db.journalApplied.put({ key: JOURNAL_APPLIED, seq: last });
      await db.meta.put({ key: COUNT_META, value: 0 });
    });
    this.total = null;
    this.postings.clear();
    // Numbers start again from 1 in an emptied library.
    this.numUrls.clear();
    this.search.reset();
  }

  /** For hover cards: how many saved articles (not `exceptUrl`) name each entity, and the latest two. */
  async stats(ids: string[], exceptUrl: string | null): Promise<Record<string, EntityLibraryStats>> {
    await this.applied();
    return entityStats(this.db, ids, exceptUrl);
  }

  /**
   * Saved articles related to the open one, best first, each with its reasons.
   * Exact: every article of every shared name counts (no caps), from the
   * packed postings, scored by `bestByPostings`; only the best few articles'
   * rows are read, and `rankRelated` ranks them from their casts and folds
   * copies of one story.
   */
  async related(
    url: string | null,
    title: string | null,
    cast: CastEntry[],
    limit = 10,
    excerpt: string | null = null,
  ): Promise<RelatedArticle[]> {
    const lap = lapTimer(this.opts.trace);
    const top = [...cast].sort((a, b) => b.count - a.count).slice(0, 30);
    const total = await this.count();
    // The entity updates of the saves before it: none of their articles is missed.
    await this.applied();
    const db = this.db;
    // One read-only transaction for the whole query: each transaction Dexie
    // opens on its own is a round trip to the browser's database process, and
    // one snapshot means the postings, numbers and rows agree with each other.
    return db.transaction('r', [db.entities, db.entityDocs, db.nums, db.articles], async () => {
      // Article counts and postings at once (one entity row per name holds
      // both, since v8); counts and chunks the worker already holds are not read again.
      const kept = this.postings;
      const gen = kept.generation;
      const ids = top.map((c) => c.id);
      // The entity rows read for postings (they hold the open chunk) give
      // their counts as well; those of the other names not known are read with them.
      const read = new Map<string, number>();
      const unknown = ids.filter((id) => kept.df(id) === undefined);
      const postings = await readPostingsOf(db, ids, kept, unknown, read);
      for (const [id, n] of read) kept.rememberDf(gen, id, n);
      const df = new Map<string, number>();
      for (const id of ids) {
        const n = read.get(id) ?? kept.df(id) ?? 0;
        if (n > 0) df.set(id, n); // else no saved article names it
      }
      // (one phase since the counts and the postings are read together)
      lap('entities+postings');
      const named = top.flatMap((c, i) => (df.has(c.id) ? [{ c, rows: postings[i] }] : []));
      const w = entityWeights(top, df, total);
      const names = named.map(({ c, rows }) => ({ weight: w.get(c.id) ?? 0, rows }));
      // The best limit + 5 by postings are read and ranked (each article row
      // read is an IndexedDB request: the larger part of a query's time). More
      // are read when folding the open article and copies of one story leaves
      // too few, or when the last one shown scores less than an article not read
      // could: a re-save may have taken a name from an article whose postings
      // still hold it, so its real score is at most its postings' score.
      let out: RelatedArticle[] = [];
      for (let k = limit + 5; ; k *= 4) {
        const bound = { floor: 0 };
        const best = bestByPostings(names, k, bound);
        lap('score');
        const urls = await urlsOfNums(db, best, this.numUrls);
        lap('nums');
        const candidates = (await db.articles.bulkGet(urls)).filter((a): a is SavedArticle => !!a);
        lap('articles');
        out = rankRelated({ url, title, excerpt, cast: top, candidates, df, total, limit });
        lap('rank');
        if (best.length < k) return out;
        if (out.length >= limit && out[limit - 1].score >= bound.floor * (1 - 1e-9)) return out;
      }
    });
  }

  /** Full-text search over titles and texts, best first, with the matched terms and a snippet. */
  async searchArticles(query: string, limit = 30): Promise<SearchResultRow[]> {
    // The index gives only texts that are still saved (stale numbers are
    // dropped there), and a text's article row is written and deleted with it:
    // so no spare hits. The token index hands over each hit's text (it checked
    // the hit against it) and, since v9, its article's card: such a hit needs
    // nothing more. The others (the MiniSearch engine's) read their rows.
    const hits = await this.search.search(query, limit);
    const lap = lapTimer(this.opts.trace);
    const need = hits.filter((h) => !h.card || h.text === undefined).map((h) => h.url);
    const missingText = hits.some((h) => h.text === undefined);
    const [arts, texts] = need.length
      ? await Promise.all([this.db.articles.bulkGet(need), missingText ? this.db.texts.bulkGet(need) : []])
      : [[], []];
    const row = new Map(need.map((u, i) => [u, { a: arts[i], text: texts[i]?.text }]));
    const out = hits.flatMap((h): SearchResultRow[] => {
      const read = row.get(h.url);
      const card = h.card && h.text !== undefined ? h.card : read?.a ? cardOf(read.a) : null;
      if (!card) return []; // deleted meanwhile
      return [
        {
          article: { url: h.url, ...card },
          score: h.score,
          terms: h.terms,
          snippet: snippetOf(h.text ?? read?.text ?? read?.a?.excerpt ?? '', h.terms),
        },
      ];
    });
    lap('search rows');
    return out;
  }

  /** Entities with the most saved articles. */
  async topEntities(limit = 60): Promise<EntityRow[]> {
    await this.applied();
    return (await this.db.entities.orderBy('articleCount').reverse().limit(limit).toArray()).map(withoutPostings);
  }

  /** An entity's page: its row, newest articles, who is named with it, its weekly timeline. */
  async entityPage(id: string, limit = 50): Promise<EntityPage | null> {
    await this.applied();
    return entityPage(this.db, id, limit);
  }

  /** One page of the export, in URL order: call again with the last URL until it returns fewer than `limit`. */
  async exportArticles(afterUrl: string | null, limit = 500): Promise<ExportArticle[]> {
    const coll = afterUrl === null ? this.db.articles.orderBy('url') : this.db.articles.where('url').above(afterUrl);
    const arts = await coll.limit(limit).toArray();
    const texts = await this.db.texts.bulkGet(arts.map((a) => a.url));
    return arts.map((a, i) => {
      const rest = omit(a, ['entityIds']);
      return { ...rest, lang: a.lang ?? null, text: texts[i]?.text ?? a.excerpt };
    });
  }

  async exportEntities(afterId: string | null, limit = 2000): Promise<ExportEntity[]> {
    await this.applied();
    const coll = afterId === null ? this.db.entities.orderBy('id') : this.db.entities.where('id').above(afterId);
    // Counts and week counts are derived: importing the articles rebuilds them.
    return (await coll.limit(limit).toArray()).map(({ articleCount: _n, weeks: _w, open: _o, ...e }) => ({
      aliases: [],
      roles: [],
      ...e,
    }));
  }

  /**
   * Merge validated entities (`mergeImportedEntities`). Call before
   * importArticles so an imported article's roles come from its entity record.
   */
  async importEntities(records: ExportEntity[]): Promise<{ added: number; merged: number }> {
    try {
      const { added, merged, applied } = await mergeImportedEntities(this.db, records);
      this.noteApplied(applied);
      return { added, merged };
    } catch (e) {
      throw isQuotaError(e) ? new LibraryFullError() : e;
    }
  }

  /** Add validated articles that are not in the library yet (`addImportedArticles`), and index their texts. */
  async importArticles(records: ExportArticle[]): Promise<{ added: number; skipped: number }> {
    let result: Awaited<ReturnType<typeof addImportedArticles>>;
    try {
      result = await addImportedArticles(this.db, records);
    } catch (e) {
      throw isQuotaError(e) ? new LibraryFullError() : e;
    } finally {
      // Imports append to many open chunks at once: the related queries read them afresh.
      this.postings.clear();
    }
    const { added, skipped, fresh, sealed, applied } = result;
    if (added) this.total = null;
    this.rebundle([...sealed, ...applied.sealed]);
    for (const r of fresh) this.search.noteSaved({ url: r.url, title: r.title, text: r.text });
    return { added, skipped };
  }
}

function omit<T extends object, K extends keyof T>(o: T, keys: K[]): Omit<T, K> {
  const out = { ...o };
  for (const k of keys) delete out[k];
  return out;
}

/** An application of the journal failed: its rows stay owed (a closed database is opened again, and replayed, later). */
function notApplied(e: unknown): void {
  if ((e as { name?: string } | null)?.name !== 'DatabaseClosedError')
    console.warn('[dramatis] entity updates not applied yet:', e);
}

function isQuotaError(e: unknown): boolean {
  const err = e as { name?: string; inner?: { name?: string } } | null;
  return err?.name === 'QuotaExceededError' || err?.inner?.name === 'QuotaExceededError';
}
