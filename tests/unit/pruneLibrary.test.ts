import { afterEach, beforeEach, expect, it } from 'vitest';
import { openLibraryDb, type LibraryDb } from '../../utils/library/db';
import { LibraryStore, type SaveInput } from '../../utils/library/libraryStore';
import { pruneLibrary } from '../../utils/background/pruneLibrary';

const DAY = 24 * 3600 * 1000;
let n = 0;
let db: LibraryDb;
let clock: number;
let store: LibraryStore;

beforeEach(() => {
  db = openLibraryDb(`dramatis-prune-${Date.now()}-${n++}`);
  clock = 0;
  store = new LibraryStore(db, () => clock);
});
afterEach(async () => {
  await db.delete();
});

const input = (url: string): SaveInput => ({
  url,
  title: url,
  byline: null,
  site: 'Example',
  publishedAt: null,
  excerpt: 'x',
  cast: [{ id: 'person:kirby', name: 'John Kirby', type: 'person', role: null, count: 1 }],
});

/** Save `url` as if on day `day`. */
async function saveOn(day: number, url: string) {
  clock = day * DAY;
  await store.save(input(url));
}

it('deletes exactly the articles saved before the cutoff, through the store (entities follow)', async () => {
  await saveOn(1, 'https://a.test/1');
  await saveOn(5, 'https://a.test/5');
  await saveOn(10, 'https://a.test/10');
  expect(await pruneLibrary(store, 5 * DAY)).toBe(1);
  expect((await store.list()).map((a) => a.url).sort()).toEqual(['https://a.test/10', 'https://a.test/5']);
  expect((await db.entities.get('person:kirby'))?.articleCount).toBe(2);
});

it('null cutoff (keep forever) deletes nothing', async () => {
  await saveOn(1, 'https://a.test/1');
  expect(await pruneLibrary(store, null)).toBe(0);
  expect(await store.count()).toBe(1);
});

it('works through more old articles than one batch', async () => {
  for (let i = 0; i < 7; i++) await saveOn(i, `https://a.test/${i}`);
  expect(await pruneLibrary(store, 6 * DAY, 2)).toBe(6);
  expect((await store.list()).map((a) => a.url)).toEqual(['https://a.test/6']);
});
