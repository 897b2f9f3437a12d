import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import type { LibraryDb, SearchCard } from './db';

/** Full-text search over the library, persisted in IndexedDB in segments. */
export interface SearchHit {
  url: string;
  score: number;
  /** Library terms that matched (after prefix/fuzzy expansion), for highlighting. */
  terms: string[];
  /** The text, when the engine read it anyway (the token index checks each hit against it). */
  text?: string;
  /** What the result shows of its article, when the engine keeps it (the token index, since v9). */
  card?: SearchCard;
}

export interface SearchDoc {
  url: string;
  title: string;
  text: string;
}
type Doc = SearchDoc;

/**
 * What the library needs of a full-text index. Two implementations were
 * measured side by side (docs/BENCHMARKS.md): `TermIndex` (a token index in
 * IndexedDB, the one used) and this file's `SearchIndex` (MiniSearch in
 * persisted segments, kept so the benchmark can still compare them).
 */
export interface LibrarySearch {
  /** Get ready to answer (start loading or indexing what is pending). */
  load(): Promise<void>;
  /** The article's text row was written with seg 0. */
  noteSaved(doc: SearchDoc): void;
  noteDeleted(url: string): void;
  /** Forget what is held in memory (the library was wiped). */
  reset(): void;
  /** Write out what is pending. */
  flush(): Promise<void>;
  search(query: string, limit?: number): Promise<SearchHit[]>;
}

const OPTIONS: Options<Doc> = {
  idField: 'url',
  fields: ['title', 'text'],
  storeFields: [],
};

interface Segment {
  id: number;
  ms: MiniSearch<Doc>;
  urls: Set<string>;
  dirty: boolean;
}

/**
 * MiniSearch, persisted and built incrementally: the index is cut into
 * segments of at most `segmentSize` articles, each stored as MiniSearch JSON.
 * A save adds to the newest segment in memory and only that segment is
 * re-written (debounced), so saving never re-serialises the whole library,
 * and opening the library never rebuilds it. Texts not yet in a persisted
 * segment carry `seg = 0` and are indexed at the next load, so a worker
 * stopped before a flush loses nothing. Deleted articles found in an old
 * segment are filtered out by the caller (it checks the article exists).
 */
export class SearchIndex implements LibrarySearch {
  private segs: Segment[] = [];
  private urlSeg = new Map<string, Segment>();
  private pending = new Set<string>();
  private loading: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private db: LibraryDb,
    private opts: { segmentSize?: number; flushDelay?: number } = {},
  ) {}

  get loaded(): boolean {
    return this.loading !== null;
  }

  load(): Promise<void> {
    this.loading ??= this.doLoad().catch((e) => {
      this.loading = null;
      throw e;
    });
    return this.loading;
  }

  private async doLoad() {
    const rows = await this.db.searchSegments.toArray();
    for (const r of rows.sort((a, b) => a.id - b.id)) {
      const seg: Segment = {
        id: r.id,
        ms: MiniSearch.loadJSON<Doc>(r.json, OPTIONS),
        urls: new Set(r.urls),
        dirty: false,
      };
      this.segs.push(seg);
      for (const u of r.urls) this.urlSeg.set(u, seg);
    }
    // Texts saved (or re-saved) since the last flush.
    const texts = await this.db.texts.where('seg').equals(0).toArray();
    const arts = await this.db.articles.bulkGet(texts.map((t) => t.url));
    texts.forEach((t, i) => {
      if (arts[i]) this.addNow({ url: t.url, title: arts[i]!.title, text: t.text });
    });
    if (this.pending.size) this.schedule();
  }

  /** An article was saved (its text row has seg 0). Indexed now if the index is in memory, else at load. */
  noteSaved(doc: Doc): void {
    if (!this.loaded) return;
    void this.loading!.then(() => {
      this.addNow(doc);
      this.schedule();
    });
  }

  noteDeleted(url: string): void {
    if (!this.loaded) return;
    void this.loading!.then(() => {
      this.remove(url);
      this.schedule();
    });
  }

  /** Forget everything in memory (the library was wiped). */
  reset(): void {
    this.segs = [];
    this.urlSeg.clear();
    this.pending.clear();
    this.loading = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  async search(query: string, limit = 50): Promise<SearchHit[]> {
    await this.load();
    const q = query.trim();
    if (!q) return [];
    const best = new Map<string, SearchHit>();
    for (const s of this.segs) {
      const res: SearchResult[] = s.ms.search(q, {
        boost: { title: 2 },
        prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 2,
        combineWith: 'AND',
      });
      for (const r of res) {
        const url = String(r.id);
        const prev = best.get(url);
        if (!prev || prev.score < r.score) best.set(url, { url, score: r.score, terms: r.terms });
      }
    }
    return [...best.values()].sort((a, b) => b.score - a.score).slice(0, limit);
  }

  /** Write dirty segments and mark their texts as indexed, in one transaction. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const dirty = this.segs.filter((s) => s.dirty);
    if (!dirty.length) return;
    const done = [...this.pending];
    const rows = dirty.map((s) => ({ id: s.id, urls: [...s.urls], json: JSON.stringify(s.ms) }));
    for (const s of dirty) s.dirty = false;
    this.pending.clear();
    await this.db.transaction('rw', this.db.searchSegments, this.db.texts, async () => {
      await this.db.searchSegments.bulkPut(rows);
      for (const url of done) {
        const seg = this.urlSeg.get(url);
        if (seg) await this.db.texts.where('url').equals(url).modify({ seg: seg.id });
      }
    });
  }

  private schedule() {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush().catch((e: Error) => console.warn('[dramatis] search index flush failed:', e.message));
    }, this.opts.flushDelay ?? 4000);
  }

  private remove(url: string) {
    const old = this.urlSeg.get(url);
    if (!old) return;
    if (old.ms.has(url)) old.ms.discard(url);
    old.urls.delete(url);
    old.dirty = true;
    this.urlSeg.delete(url);
    this.pending.delete(url);
  }

  private addNow(doc: Doc) {
    this.remove(doc.url);
    const size = this.opts.segmentSize ?? 2000;
    let seg = this.segs[this.segs.length - 1];
    if (!seg || seg.urls.size >= size) {
      seg = { id: (seg?.id ?? 0) + 1, ms: new MiniSearch<Doc>(OPTIONS), urls: new Set(), dirty: true };
      this.segs.push(seg);
    }
    seg.ms.add(doc);
    seg.urls.add(doc.url);
    seg.dirty = true;
    this.urlSeg.set(doc.url, seg);
    this.pending.add(doc.url);
  }
}
