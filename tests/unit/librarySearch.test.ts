import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibraryDb, type LibraryDb } from '../../utils/library/db';
import { LibraryStore, snippetOf, type SaveInput } from '../../utils/library/libraryStore';

let n = 0;
let db: LibraryDb;
let store: LibraryStore;
let clock = 0;

const mk = (d: LibraryDb, segmentSize = 3) =>
  new LibraryStore(d, () => (clock += 1000), { search: { segmentSize, flushDelay: 10_000 } });

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

describe('full-text search', () => {
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

  it('is persisted: a new worker (new store on the same database) answers without re-indexing what was flushed', async () => {
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
  });

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

  it('deleting everything empties the index', async () => {
    for (const d of docs) await store.save(d);
    await store.searchArticles('x');
    await store.deleteAll();
    expect(await store.searchArticles('kremlin')).toEqual([]);
    await store.save(docs[0]);
    expect((await store.searchArticles('kremlin')).map((r) => r.article.url)).toEqual(['https://a.test/1']);
  });
});
