import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openLibraryDb, type LibraryDb } from '../../utils/library/db';
import { LibraryFullError, LibraryStore, type SaveInput } from '../../utils/library/libraryStore';
import type { CastEntry, EntityType } from '../../utils/types';

let n = 0;
let db: LibraryDb;
let clock: number;
let store: LibraryStore;

beforeEach(() => {
  db = openLibraryDb(`dramatis-test-${Date.now()}-${n++}`);
  clock = 1_000_000;
  store = new LibraryStore(db, () => (clock += 1000));
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const c = (name: string, type: EntityType, role: string | null = null, count = 1): CastEntry => ({
  id: `${type}:${name.toLowerCase().replace(/\s+/g, '-')}`,
  name,
  type,
  role,
  count,
});

const kirby = c('John Kirby', 'person', 'NSC coordinator', 3);
const putin = c('Vladimir Putin', 'person', 'Russian President', 2);
const peskov = c('Dmitry Peskov', 'person', 'Kremlin spokesperson');
const russia = c('Russia', 'place');
const moscow = c('Moscow', 'place');

function input(url: string, cast: CastEntry[], title = `Title of ${url}`): SaveInput {
  return { url, title, byline: null, site: 'Example', publishedAt: null, excerpt: 'excerpt', cast };
}

const entity = (id: string) => db.entities.get(id);
const mentionsOf = (url: string) => db.mentions.where('articleUrl').equals(url).toArray();

describe('LibraryStore.save', () => {
  it('stores the article, its entities and one mention row per entity', async () => {
    const saved = await store.save(input('https://a.test/1', [kirby, putin]));
    expect(saved.entityIds).toEqual([kirby.id, putin.id]);
    expect(await db.articles.count()).toBe(1);
    expect((await entity(kirby.id))!.articleCount).toBe(1);
    expect((await entity(putin.id))!.role).toBe('Russian President');
    expect((await mentionsOf('https://a.test/1')).map((m) => m.entityId).sort()).toEqual([putin.id, kirby.id].sort());
  });

  it('saving the same URL twice updates: one article, counts not doubled, savedAt kept', async () => {
    const first = await store.save(input('https://a.test/1', [kirby, putin]));
    const second = await store.save(input('https://a.test/1', [kirby, putin], 'New title'));
    expect(await db.articles.count()).toBe(1);
    expect((await store.get('https://a.test/1'))!.title).toBe('New title');
    expect(second.savedAt).toBe(first.savedAt);
    expect((await entity(kirby.id))!.articleCount).toBe(1);
    expect((await entity(putin.id))!.articleCount).toBe(1);
    expect(await db.mentions.count()).toBe(2);
  });

  it('counts an entity once per article across articles', async () => {
    await store.save(input('https://a.test/1', [kirby, russia]));
    await store.save(input('https://a.test/2', [putin, russia]));
    await store.save(input('https://a.test/3', [russia]));
    expect((await entity(russia.id))!.articleCount).toBe(3);
    expect((await entity(kirby.id))!.articleCount).toBe(1);
  });

  it('an update that drops an entity decrements its count and removes its mention row', async () => {
    await store.save(input('https://a.test/1', [kirby, putin]));
    await store.save(input('https://a.test/2', [putin]));
    await store.save(input('https://a.test/1', [kirby]));
    expect((await entity(putin.id))!.articleCount).toBe(1);
    expect((await entity(kirby.id))!.articleCount).toBe(1);
    expect((await mentionsOf('https://a.test/1')).map((m) => m.entityId)).toEqual([kirby.id]);
    expect((await mentionsOf('https://a.test/2')).map((m) => m.entityId)).toEqual([putin.id]);
    expect((await store.get('https://a.test/1'))!.entityIds).toEqual([kirby.id]);
  });

  it('concurrent saves of the same URL leave one row and a count of one', async () => {
    await Promise.all([
      store.save(input('https://a.test/1', [kirby])),
      store.save(input('https://a.test/1', [kirby])),
      store.save(input('https://a.test/1', [kirby])),
    ]);
    expect(await db.articles.count()).toBe(1);
    expect((await entity(kirby.id))!.articleCount).toBe(1);
    expect(await db.mentions.count()).toBe(1);
  });
});

describe('LibraryStore.delete and list', () => {
  it('delete removes the article and its mention rows and decrements counts', async () => {
    await store.save(input('https://a.test/1', [kirby, russia]));
    await store.save(input('https://a.test/2', [russia]));
    expect(await store.delete('https://a.test/1')).toBe(true);
    expect(await store.get('https://a.test/1')).toBeUndefined();
    expect(await mentionsOf('https://a.test/1')).toEqual([]);
    expect((await entity(kirby.id))!.articleCount).toBe(0);
    expect((await entity(russia.id))!.articleCount).toBe(1);
    expect(await db.mentions.count()).toBe(1);
  });

  it('deleting an unknown URL is false and changes nothing', async () => {
    await store.save(input('https://a.test/1', [kirby]));
    expect(await store.delete('https://nope.test/')).toBe(false);
    expect((await entity(kirby.id))!.articleCount).toBe(1);
  });

  it('lists newest first', async () => {
    await store.save(input('https://a.test/1', [kirby]));
    await store.save(input('https://a.test/2', [kirby]));
    await store.save(input('https://a.test/3', [kirby]));
    expect((await store.list()).map((a) => a.url)).toEqual([
      'https://a.test/3',
      'https://a.test/2',
      'https://a.test/1',
    ]);
  });
});

describe('LibraryStore.stats', () => {
  it('counts other saved articles and returns the latest two, excluding the open URL', async () => {
    await store.save(input('https://a.test/1', [kirby]));
    await store.save(input('https://a.test/2', [kirby]));
    await store.save(input('https://a.test/3', [kirby]));
    await store.save(input('https://a.test/open', [kirby, putin]));
    const s = await store.stats([kirby.id, putin.id, 'person:nobody'], 'https://a.test/open');
    expect(s[kirby.id].count).toBe(3);
    expect(s[kirby.id].latest.map((l) => l.url)).toEqual(['https://a.test/3', 'https://a.test/2']);
    expect(s[kirby.id].latest[0]).toMatchObject({ title: 'Title of https://a.test/3', site: 'Example' });
    expect(s[putin.id]).toEqual({ count: 0, latest: [] });
    expect(s['person:nobody']).toEqual({ count: 0, latest: [] });
  });

  it('excludes the open URL even when it is not among the newest saved articles', async () => {
    await store.save(input('https://a.test/open', [kirby]));
    for (let i = 1; i <= 4; i++) await store.save(input(`https://a.test/${i}`, [kirby]));
    const s = await store.stats([kirby.id], 'https://a.test/open');
    expect(s[kirby.id].count).toBe(4);
    expect(s[kirby.id].latest.map((l) => l.url)).toEqual(['https://a.test/4', 'https://a.test/3']);
  });

  it('with no open URL counts everything', async () => {
    await store.save(input('https://a.test/1', [kirby]));
    const s = await store.stats([kirby.id], null);
    expect(s[kirby.id].count).toBe(1);
  });
});

describe('LibraryStore.related', () => {
  it('ranks a shared rare person above a shared ubiquitous place and excludes the open article', async () => {
    // Russia is in every article; Peskov in only one other.
    for (let i = 0; i < 8; i++) await store.save(input(`https://bg.test/${i}`, [russia, c(`Person ${i}`, 'person')]));
    await store.save(input('https://a.test/peskov', [peskov, moscow]));
    await store.save(input('https://a.test/russia-only', [russia]));
    await store.save(input('https://a.test/open', [peskov, russia]));
    const rel = await store.related('https://a.test/open', 'Title of the open one', [peskov, russia]);
    expect(rel[0].url).toBe('https://a.test/peskov');
    expect(rel[0].shared.map((s) => s.name)).toEqual(['Dmitry Peskov']);
    expect(rel.some((r) => r.url === 'https://a.test/open')).toBe(false);
    expect(rel.map((r) => r.url)).toContain('https://a.test/russia-only');
    for (const r of rel.slice(1)) expect(r.score).toBeLessThan(rel[0].score);
  });

  it('is empty when nothing is shared', async () => {
    await store.save(input('https://a.test/1', [kirby]));
    expect(await store.related('https://a.test/open', null, [peskov])).toEqual([]);
  });
});

describe('LibraryStore: a full disk', () => {
  it('turns QuotaExceededError into LibraryFullError and writes nothing of the failed save', async () => {
    await store.save(input('https://a.test/1', [kirby, putin]));
    const before = {
      articles: await db.articles.toArray(),
      entities: await db.entities.toArray(),
      mentions: await db.mentions.toArray(),
    };
    const realPut = db.mentions.put.bind(db.mentions);
    let calls = 0;
    vi.spyOn(db.mentions, 'put').mockImplementation(((...args: Parameters<typeof realPut>) => {
      calls++;
      if (calls === 2) return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
      return realPut(...args);
    }) as typeof realPut);
    await expect(store.save(input('https://a.test/2', [kirby, peskov, russia]))).rejects.toBeInstanceOf(
      LibraryFullError,
    );
    expect(calls).toBe(2);
    vi.restoreAllMocks();
    expect(await db.articles.toArray()).toEqual(before.articles);
    expect(await db.entities.toArray()).toEqual(before.entities);
    expect(await db.mentions.toArray()).toEqual(before.mentions);
  });

  it('a quota error thrown synchronously inside the transaction is also LibraryFullError', async () => {
    vi.spyOn(db.entities, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const err = await store.save(input('https://a.test/1', [kirby])).catch((e) => e);
    expect(err).toBeInstanceOf(LibraryFullError);
    expect(err.message).toMatch(/space/i);
    vi.restoreAllMocks();
    expect(await db.articles.count()).toBe(0);
  });

  it('other errors pass through unchanged', async () => {
    vi.spyOn(db.mentions, 'put').mockImplementation((() => Promise.reject(new TypeError('boom'))) as never);
    await expect(store.save(input('https://a.test/1', [kirby]))).rejects.toThrow('boom');
    vi.restoreAllMocks();
    expect(await db.articles.count()).toBe(0);
  });
});
