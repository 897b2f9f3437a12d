import { cardOf, type LibraryDb, type PostingRow, type TermRow } from './db';
import type { LibrarySearch, SearchDoc, SearchHit } from './searchIndex';
import { lapTimer } from './lapTimer';
import { topOf } from './topOf';

export { topOf };

/** Postings per block: a block is rewritten when a batch appends to it, so it stays small. */
const BLOCK = 512;
/** Texts indexed per transaction. */
const BATCH = 1000;
/** Completions of the last query word, shortest first. */
const MAX_EXPANSIONS = 24;
/** A fixed typical article length (words) for BM25's length normalisation: weights never need rewriting. */
const TYPICAL_LENGTH = 400;
const K1 = 1.2;
const B = 0.7;
/** Title words count this many times (a title match ranks above a body match). */
const TITLE_BOOST = 2;
/** A completed prefix ("ship" → "shipping") counts less than the word typed. */
const PREFIX_WEIGHT = 0.5;

const SPLIT = /[\n\r\p{Z}\p{P}]+/u;

/** Lower-cased words of a text, as the index stores them (the same split MiniSearch uses). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const w of text.split(SPLIT)) if (w && w.length <= 60) out.push(w.toLowerCase());
  return out;
}

/** One posting's weight (BM25's term-frequency part, × 100, in a byte). */
export function postingWeight(tf: number, length: number): number {
  const norm = 1 - B + (B * length) / TYPICAL_LENGTH;
  return Math.max(1, Math.min(255, Math.round((100 * tf * (K1 + 1)) / (tf + K1 * norm))));
}

interface IndexMeta {
  /** The next document number; numbers are never reused, so a stale posting never points at another text. */
  nextDoc: number;
}

/**
 * Full-text search as a token index in IndexedDB: `terms` (term → how many
 * postings, how many blocks) and `postings` (term × block → document numbers
 * and weights, typed arrays). A query reads the blocks of its few words and
 * nothing else, so there is nothing to load when the worker starts.
 *
 * A text is indexed after it is saved, in batches (its `texts.seg` is 0 until
 * then and becomes its document number), by `flush()`: debounced after a
 * save, and before every search, so a search always sees every saved text.
 * A re-saved text gets a new number and deleted texts keep their postings:
 * a posting whose number no text row holds any more is dropped when results
 * are read (numbers are never reused), so deletes cost nothing here.
 */
export class TermIndex implements LibrarySearch {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private flushing: Promise<void> | null = null;
  /** Known to have nothing pending since the last flush (saves in this worker clear it). */
  private clean = false;
  /** The index's meta row, read once per worker start; only this class writes it. */
  private meta: IndexMeta | null = null;

  constructor(
    private db: LibraryDb,
    private opts: {
      flushDelay?: number;
      blockSize?: number;
      /** Benchmarks: where to add each phase's milliseconds (see lapTimer). */
      trace?: () => Record<string, number> | undefined;
    } = {},
  ) {
    this.block = opts.blockSize ?? BLOCK;
  }

  private block: number;

  /** Nothing to load: index what is pending (e.g. after an upgrade), in the background. */
  load(): Promise<void> {
    return this.flush();
  }

  noteSaved(_doc: SearchDoc): void {
    this.clean = false;
    this.schedule();
  }

  noteDeleted(_url: string): void {}

  reset(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.clean = false;
    this.meta = null;
  }

  /** Index every pending text, one transaction per batch. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    // One flush at a time: two would give out the same document numbers.
    this.flushing ??= (async () => {
      try {
        this.clean = false;
        while ((await this.indexBatch()) > 0);
        this.clean = true;
      } catch (e) {
        this.meta = null; // the transaction was undone: read it again
        throw e;
      } finally {
        this.flushing = null;
      }
    })();
    return this.flushing;
  }

  private schedule() {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush().catch((e: Error) => {
        // Closed: the worker or a test is shutting the database; the texts stay queued.
        if (e.name !== 'DatabaseClosedError') console.warn('[dramatis] search indexing failed:', e.message);
      });
    }, this.opts.flushDelay ?? 2000);
  }

  private async readMeta(): Promise<IndexMeta> {
    this.meta ??= ((await this.db.meta.get('termIndex'))?.value as IndexMeta | undefined) ?? { nextDoc: 1 };
    return this.meta;
  }

  private async indexBatch(): Promise<number> {
    const db = this.db;
    return db.transaction('rw', [db.texts, db.articles, db.terms, db.postings, db.meta, db.searchDocs], async () => {
      const rows = await db.texts.where('seg').equals(0).limit(BATCH).toArray();
      if (!rows.length) return 0;
      const arts = await db.articles.bulkGet(rows.map((r) => r.url));
      const meta = { ...(await this.readMeta()) };
      const added = new Map<string, { docs: number[]; w: number[] }>();
      for (let i = 0; i < rows.length; i++) {
        const doc = meta.nextDoc++;
        rows[i].seg = doc;
        const title = tokenize(arts[i]?.title ?? '');
        const body = tokenize(rows[i].text);
        const tf = new Map<string, number>();
        for (const t of body) tf.set(t, (tf.get(t) ?? 0) + 1);
        for (const t of title) tf.set(t, (tf.get(t) ?? 0) + TITLE_BOOST);
        const length = body.length + title.length;
        for (const [t, n] of tf) {
          let p = added.get(t);
          if (!p) added.set(t, (p = { docs: [], w: [] }));
          p.docs.push(doc);
          p.w.push(postingWeight(n, length));
        }
      }
      const terms = [...added.keys()];
      const dict = await db.terms.bulkGet(terms);
      // Append to a term's last block while it has room (read only those), else start new blocks.
      const mergeKeys: [string, number][] = [];
      terms.forEach((t, i) => {
        const d = dict[i];
        if (d && d.lastLen + added.get(t)!.docs.length <= this.block) mergeKeys.push([t, d.blocks - 1]);
      });
      const lastBlocks = new Map<string, PostingRow>();
      (await db.postings.bulkGet(mergeKeys)).forEach((b) => b && lastBlocks.set(b.term, b));
      const putBlocks: PostingRow[] = [];
      const putTerms: TermRow[] = terms.map((term, i) => {
        const d = dict[i] ?? { term, df: 0, blocks: 0, lastLen: 0 };
        const add = added.get(term)!;
        const last = lastBlocks.get(term);
        if (last) {
          putBlocks.push({
            term,
            block: last.block,
            docs: concat(Uint32Array, last.docs, add.docs),
            w: concat(Uint8Array, last.w, add.w),
          });
          return { term, df: d.df + add.docs.length, blocks: d.blocks, lastLen: last.docs.length + add.docs.length };
        }
        let blocks = d.blocks;
        let lastLen = d.lastLen;
        for (let at = 0; at < add.docs.length; at += this.block) {
          const docs = Uint32Array.from(add.docs.slice(at, at + this.block));
          putBlocks.push({ term, block: blocks++, docs, w: Uint8Array.from(add.w.slice(at, at + this.block)) });
          lastLen = docs.length;
        }
        return { term, df: d.df + add.docs.length, blocks, lastLen };
      });
      await db.postings.bulkPut(putBlocks);
      await db.terms.bulkPut(putTerms);
      await db.texts.bulkPut(rows);
      // Each number keeps its article's card: a search then shows its hits without reading their rows.
      await db.searchDocs.bulkPut(
        rows.map((r, i) => ({ d: r.seg, url: r.url, ...(arts[i] ? { card: cardOf(arts[i]!) } : {}) })),
      );
      await db.meta.put({ key: 'termIndex', value: meta });
      this.meta = meta;
      return rows.length;
    });
  }

  /**
   * Every word must match; the last may be the start of a word (2+ letters).
   * BM25 scores (idf from the postings' counts), best first.
   */
  async search(query: string, limit = 50): Promise<SearchHit[]> {
    const words = [...new Set(tokenize(query))];
    if (!words.length) return [];
    if (!this.clean) await this.flush();
    const db = this.db;
    // One read-only transaction for the whole query: each transaction Dexie
    // opens on its own is a round trip to the browser's database process.
    // (An async callback: Dexie then keeps the transaction across its awaits.)
    return db.transaction('r', [db.meta, db.terms, db.postings, db.searchDocs, db.texts], async () =>
      this.searchWords(words, limit),
    );
  }

  private async searchWords(words: string[], limit: number): Promise<SearchHit[]> {
    const lap = lapTimer(this.opts.trace?.());
    const db = this.db;
    const meta = await this.readMeta();
    const n = Math.max(1, meta.nextDoc - 1);
    // Each query word → the library terms it stands for (itself; the last word also its completions).
    const slots = await Promise.all(
      words.map(async (w, i) => {
        let rows: TermRow[];
        if (i === words.length - 1 && w.length >= 2) {
          // One range read gives the word and its completions with their counts; the shortest are kept.
          rows = await db.terms
            .where('term')
            .between(w, w + '\uffff', true, true)
            .limit(2000)
            .toArray();
          rows.sort((a, b) => a.term.length - b.term.length || (a.term < b.term ? -1 : 1));
          rows = rows.slice(0, MAX_EXPANSIONS + 1);
        } else rows = (await db.terms.bulkGet([w])).filter((r): r is TermRow => !!r);
        return rows.map((r) => ({ term: r.term, df: r.df, weight: r.term === w ? 1 : PREFIX_WEIGHT }));
      }),
    );
    lap('search terms');
    if (slots.some((s) => s.length === 0)) return [];
    // Rarest word first: its documents are the candidates, the others only narrow and score them.
    slots.sort((a, b) => sumDf(a) - sumDf(b));
    const read = await Promise.all(
      slots.map((slot) =>
        Promise.all(
          slot.map((t) => db.postings.where('[term+block]').between([t.term, -Infinity], [t.term, Infinity]).toArray()),
        ),
      ),
    );
    lap('search postings');
    // Scores in typed arrays indexed by document number (a Map of objects per
    // candidate cost tens of ms for a common word at 100,000 texts): the running
    // score, the current word's best match, how many words matched so far, and
    // which terms matched (bit i = term i of `termList`, the first 32).
    const size = meta.nextDoc + 1;
    const score = new Float64Array(size);
    const best = new Float64Array(size);
    const got = new Uint8Array(size);
    const mask = new Uint32Array(size);
    const termList: string[] = [];
    const first: number[] = [];
    for (let s = 0; s < slots.length; s++) {
      const blocks = read[s];
      slots[s].forEach((t, k) => {
        const idf = Math.log(1 + (n - t.df + 0.5) / (t.df + 0.5));
        const f = (idf * t.weight) / 100;
        const bit = termList.push(t.term) <= 32 ? 1 << (termList.length - 1) : 0;
        for (const b of blocks[k]) {
          const docs = b.docs;
          const w = b.w;
          for (let j = 0; j < docs.length; j++) {
            const doc = docs[j];
            if (doc >= size) continue;
            const x = f * w[j];
            // A word's best-matching term counts once per word; a document
            // must have matched every earlier word to count at all.
            const g = got[doc];
            if (g === s) {
              if (s === 0) first.push(doc);
              got[doc] = s + 1;
              best[doc] = x;
              score[doc] += x;
            } else if (g === s + 1) {
              if (x > best[doc]) {
                score[doc] += x - best[doc];
                best[doc] = x;
              }
            } else continue;
            mask[doc] |= bit;
          }
        }
      });
    }
    const all = slots.length;
    const ranked = topOf(
      first.filter((d) => got[d] === all),
      score,
    );
    lap('search score');
    const termsOf = (d: number) => termList.filter((_, i) => i < 32 && mask[d] & (1 << i));
    // Map numbers to texts, dropping stale ones (deleted or re-saved), until `limit` are found.
    const out: SearchHit[] = [];
    for (let at = 0; at < ranked.size && out.length < limit;) {
      // What is still wanted and a few spare (a stale number maps to no text).
      const chunk = ranked.next(limit - out.length + 8);
      if (!chunk.length) break;
      at += chunk.length;
      // Numbers → URLs by primary key (one bulk get), then the texts: a hit
      // counts only if its text still has that number (not deleted, not
      // re-saved with other words since); the text is kept for the snippet.
      const urls = await db.searchDocs.bulkGet(chunk);
      const texts = await db.texts.bulkGet(urls.map((u) => u?.url ?? ''));
      for (let i = 0; i < chunk.length; i++) {
        const d = chunk[i];
        const t = texts[i];
        if (t && t.seg === d && out.length < limit)
          out.push({ url: t.url, score: score[d], terms: termsOf(d), text: t.text, card: urls[i]?.card });
      }
    }
    lap('search urls');
    return out;
  }
}

function sumDf(s: { df: number }[]) {
  return s.reduce((x, t) => x + t.df, 0);
}

function concat<T extends Uint32Array | Uint8Array>(
  Ctor: { new (n: number): T },
  a: ArrayLike<number>,
  b: number[],
): T {
  const out = new Ctor(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
