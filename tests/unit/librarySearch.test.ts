import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openLibraryDb, type LibraryDb } from '../../utils/library/db';
import { LibraryStore, snippetOf, type SaveInput } from '../../utils/library/libraryStore';
import { postingWeight, tokenize, topOf } from '../../utils/library/termIndex';

let n = 0;
let db: LibraryDb;
let store: LibraryStore;
let clock = 0;

type Engine = 'terms' | 'minisearch';
let engine: Engine = 'terms';
const mk = (d: LibraryDb, segmentSize = 3) =>
  new LibraryStore(d, () => (clock += 1000), { search: { engine, segmentSize, blockSize: 8, flushDelay: 10_000 } });

beforeEach(() => {
  db = openLibraryDb(`dramatis-search-${n++}`);
  store = mk(db);
});
afterEach(async () => {
  store.search.reset();
  await db.delete();
});

function input(url: string, title: string, text: string): SaveInput {
  return { url, title, text, byline: null, site: 'S', publishedAt: null, excerpt: text.slice(0, 50), cast: [] };
}

const docs = [
  input(
    'https://a.test/1',
    'Kremlin rules out Pyongyang trip',
    'Dmitry Peskov told reporters there were no plans for a visit to North Korea.',
  ),
  input(
    'https://a.test/2',
    'Grain deal talks stall',
    'Negotiators in Istanbul failed to agree on Black Sea shipping corridors.',
  ),
  input(
    'https://a.test/3',
    'White House on posture',
    'John Kirby said the posture remained appropriate after the missile tests.',
  ),
  input('https://a.test/4', 'Peskov on sanctions', 'The Kremlin spokesman dismissed the sanctions as illegitimate.'),
  input(
    'https://a.test/5',
    'Shipping insurers raise rates',
    'Insurers raised war-risk premiums for ships calling at Black Sea ports.',
  ),
];

// Both indexes answer the same questions the same way (the benchmark compares them; 'terms' is used).
describe.each<Engine>(['terms', 'minisearch'])('full-text search (%s)', (which) => {
  beforeEach(() => {
    engine = which;
    store = mk(db);
  });

  it('finds articles by words of their full text, not only title and excerpt, title matches first', async () => {
    for (const d of docs) await store.save(d);
    expect((await store.searchArticles('missile')).map((r) => r.article.url)).toEqual(['https://a.test/3']);
    // "Peskov" is in 4's title and 1's text: the title match ranks first.
    expect((await store.searchArticles('peskov')).map((r) => r.article.url)).toEqual([
      'https://a.test/4',
      'https://a.test/1',
    ]);
    // All words must match; the last one may be a prefix.
    expect((await store.searchArticles('black sea ship')).map((r) => r.article.url).sort()).toEqual([
      'https://a.test/2',
      'https://a.test/5',
    ]);
    expect(await store.searchArticles('zanzibar')).toEqual([]);
    expect(await store.searchArticles('   ')).toEqual([]);
  });

  it('returns the matched terms and a plain-text snippet around the first match', async () => {
    for (const d of docs) await store.save(d);
    const [hit] = await store.searchArticles('missile');
    expect(hit.terms).toEqual(['missile']);
    expect(hit.snippet).toContain('missile tests');
    expect(snippetOf('x'.repeat(500) + ' needle here', ['needle'], 60)).toMatch(/^….*needle here$/);
  });

  it('shows each result with its title, site and dates, and a re-save that changes them alone shows the new ones', async () => {
    for (const d of docs) await store.save(d);
    await store.save({ ...docs[2], publishedAt: '2024-01-24T00:12:00.000Z' });
    const [hit] = await store.searchArticles('missile');
    expect(hit.article).toEqual({
      url: 'https://a.test/3',
      title: 'White House on posture',
      site: 'S',
      publishedAt: '2024-01-24T00:12:00.000Z',
      savedAt: (await db.articles.get('https://a.test/3'))!.savedAt,
    });
    // Same text and title (kept in the index as it is), another site and date.
    await store.save({ ...docs[2], site: 'Other', publishedAt: null });
    expect((await store.searchArticles('missile'))[0].article).toMatchObject({ site: 'Other', publishedAt: null });
  });

  it.runIf(which === 'terms')('reads no article row: each hit comes with its card (v9)', async () => {
    for (const d of docs) await store.save(d);
    await store.search.flush();
    const gets = vi.spyOn(db.articles, 'bulkGet');
    const get = vi.spyOn(db.articles, 'get');
    const hits = await store.searchArticles('black sea');
    expect(hits.map((h) => [h.article.url, h.article.title]).sort()).toEqual([
      ['https://a.test/2', 'Grain deal talks stall'],
      ['https://a.test/5', 'Shipping insurers raise rates'],
    ]);
    expect(gets).not.toHaveBeenCalled();
    expect(get).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });

  // MiniSearch's segments; the token index's own persistence tests are below.
  it.runIf(which === 'minisearch')(
    'is persisted in segments: a new worker (new store on the same database) answers without re-indexing what was flushed',
    async () => {
      for (const d of docs) await store.save(d);
      await store.searchArticles('kremlin'); // loads; saves after this are added in memory
      await store.save(input('https://a.test/6', 'Late addition', 'A story about the Kremlin budget.'));
      await store.search.flush();
      expect(await db.texts.where('seg').equals(0).count()).toBe(0);
      // 6 articles in segments of 3.
      expect((await db.searchSegments.toArray()).map((s) => s.urls.length)).toEqual([3, 3]);
      const again = mk(db);
      expect((await again.searchArticles('kremlin')).map((r) => r.article.url).sort()).toEqual([
        'https://a.test/1',
        'https://a.test/4',
        'https://a.test/6',
      ]);
      again.search.reset();
    },
  );

  it('a worker stopped before flushing loses nothing: unflushed texts are indexed at the next load', async () => {
    await store.save(docs[0]);
    await store.searchArticles('x');
    await store.search.flush();
    await store.save(docs[2]); // not flushed
    const again = mk(db);
    expect((await again.searchArticles('missile')).map((r) => r.article.url)).toEqual(['https://a.test/3']);
    again.search.reset();
  });

  it('re-saving replaces the old text and deleting removes the article from results', async () => {
    for (const d of docs) await store.save(d);
    await store.searchArticles('x');
    await store.save(input('https://a.test/3', 'White House on posture', 'Now it is about tariffs.'));
    expect(await store.searchArticles('missile')).toEqual([]);
    expect((await store.searchArticles('tariffs')).map((r) => r.article.url)).toEqual(['https://a.test/3']);
    await store.delete('https://a.test/2');
    expect((await store.searchArticles('black sea')).map((r) => r.article.url)).toEqual(['https://a.test/5']);
    // Deleted before the index was ever loaded in this worker: filtered out anyway.
    await store.search.flush();
    const again = mk(db);
    await again.delete('https://a.test/5');
    expect(await again.searchArticles('insurers')).toEqual([]);
    again.search.reset();
  });

  it('a hit whose text was re-saved without the word is passed over, and the limit is still filled', async () => {
    // Five articles on tariffs; the one with the word in its title ranks first.
    await store.save(input('https://a.test/t0', 'Tariffs rise', 'Tariffs again, said the minister.'));
    for (let i = 1; i < 5; i++)
      await store.save(input(`https://a.test/t${i}`, `Trade ${i}`, `More on tariffs, part ${i}.`));
    await store.searchArticles('x');
    await store.search.flush();
    // Re-saved about something else: its old number stays in the word's postings until it is found stale.
    await store.save(input('https://a.test/t0', 'Fisheries', 'Quotas for cod.'));
    const got = (await store.searchArticles('tariffs', 3)).map((r) => r.article.url);
    expect(got).toHaveLength(3);
    expect(got).not.toContain('https://a.test/t0');
    // Each result carries its own article row and text.
    const rows = await store.searchArticles('tariffs', 4);
    expect(rows.map((r) => r.article.title).sort()).toEqual(['Trade 1', 'Trade 2', 'Trade 3', 'Trade 4']);
    expect(rows.every((r) => r.snippet.toLowerCase().includes('tariffs'))).toBe(true);
  });

  it('deleting everything empties the index', async () => {
    for (const d of docs) await store.save(d);
    await store.searchArticles('x');
    await store.deleteAll();
    expect(await store.searchArticles('kremlin')).toEqual([]);
    await store.save(docs[0]);
    expect((await store.searchArticles('kremlin')).map((r) => r.article.url)).toEqual(['https://a.test/1']);
  });
});

describe('token index (terms)', () => {
  beforeEach(() => {
    engine = 'terms';
    store = mk(db);
  });
  const nextDoc = async () => ((await db.meta.get('termIndex'))?.value as { nextDoc: number }).nextDoc;

  it('tokenizes like MiniSearch (lower case, split on spaces and punctuation) and weights title words above body words', () => {
    expect(tokenize('Kirby said: "No plans" — Peskov’s U.S. visit.')).toEqual([
      'kirby',
      'said',
      'no',
      'plans',
      'peskov',
      's',
      'u',
      's',
      'visit',
    ]);
    // More occurrences weigh more, with diminishing returns; a longer text dilutes them.
    expect(postingWeight(2, 300)).toBeGreaterThan(postingWeight(1, 300));
    expect(postingWeight(1, 1200)).toBeLessThan(postingWeight(1, 300));
    expect(postingWeight(1000, 10)).toBeLessThanOrEqual(255);
  });

  it('is on disk: a new worker answers at once, without indexing anything again', async () => {
    for (const d of docs) await store.save(d);
    await store.search.flush();
    expect(await db.texts.where('seg').equals(0).count()).toBe(0);
    expect(await nextDoc()).toBe(6);
    expect(await db.terms.get('kremlin')).toMatchObject({ df: 2 });
    const again = mk(db);
    expect((await again.searchArticles('kremlin')).map((r) => r.article.url).sort()).toEqual([
      'https://a.test/1',
      'https://a.test/4',
    ]);
    // No text was indexed a second time.
    expect(await nextDoc()).toBe(6);
    again.search.reset();
  });

  it('grows incrementally: a save indexes that article only; an unchanged re-save indexes nothing', async () => {
    for (const d of docs) await store.save(d);
    await store.search.flush();
    const before = new Map((await db.texts.toArray()).map((t) => [t.url, t.seg]));
    await store.save(input('https://a.test/6', 'Late addition', 'A story about the Kremlin budget.'));
    await store.save(docs[0]); // same title and text
    await store.search.flush();
    expect(await nextDoc()).toBe(7);
    const after = new Map((await db.texts.toArray()).map((t) => [t.url, t.seg]));
    for (const [url, seg] of before) expect(after.get(url)).toBe(seg);
    expect(after.get('https://a.test/6')).toBe(6);
    expect(await db.terms.get('kremlin')).toMatchObject({ df: 3 });
    expect((await store.searchArticles('budget')).map((r) => r.article.url)).toEqual(['https://a.test/6']);
  });

  it('a word in more articles than one block holds (8 here) is read across blocks', async () => {
    const many = Array.from({ length: 70 }, (_, i) => ({
      ...input(`https://b.test/${i}`, `Story ${i}`, `common words here ${i % 2 ? 'odd' : 'even'} number ${i}`),
      savedAt: i,
      lang: 'en',
    }));
    // Two imports: the second appends to the first's last block where there is room.
    await store.importArticles(many.slice(0, 30).map((a) => ({ ...a, text: a.text! })));
    await store.search.flush();
    await store.importArticles(many.slice(30).map((a) => ({ ...a, text: a.text! })));
    await store.search.flush();
    const common = (await db.terms.get('common'))!;
    expect(common.df).toBe(70);
    expect(common.blocks).toBeGreaterThan(1);
    expect(await db.postings.where('[term+block]').between(['common', -Infinity], ['common', Infinity]).count()).toBe(
      common.blocks,
    );
    expect(await store.searchArticles('common', 50)).toHaveLength(50);
    expect(await store.searchArticles('common', 200)).toHaveLength(70);
    // AND across a common and a rarer word: exactly the odd ones.
    const odd = await store.searchArticles('common odd', 500);
    expect(odd).toHaveLength(35);
    expect(odd.every((r) => Number(r.article.url.split('/').pop()) % 2 === 1)).toBe(true);
    expect((await store.searchArticles('number 43')).map((r) => r.article.url)).toEqual(['https://b.test/43']);
  });
});

describe('topOf (search results best first, a few at a time)', () => {
  it('hands out documents by falling score, the newer (higher number) first on ties, across calls', () => {
    const score = new Float64Array(10);
    score[2] = 5;
    score[3] = 9;
    score[5] = 5;
    score[7] = 1;
    score[9] = 7;
    const top = topOf([2, 3, 5, 7, 9], score);
    expect(top.size).toBe(5);
    expect(top.next(2)).toEqual([3, 9]);
    expect(top.next(2)).toEqual([5, 2]);
    expect(top.next(5)).toEqual([7]);
    expect(top.next(1)).toEqual([]);
  });
});
